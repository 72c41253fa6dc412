import { handleFromUrl, isTikTokHost, postIdFromPath } from '../tiktok/detect';
import type { PlatformAddress } from '../types';

/** What TikTok addresses say, without the reader: all a content script needs before the scout asks. */
export const tiktokAddress: PlatformAddress = {
  id: 'tiktok',
  matchesHost: isTikTokHost,
  isCreatorPage: (u) => handleFromUrl(u) !== null,
  pageKey: (u) => {
    const post = postIdFromPath(u.pathname);
    const handle = handleFromUrl(u);
    return post ? `post:${post}` : handle ? `handle:${handle}` : null;
  },
};
