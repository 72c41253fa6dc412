import { handleFromUrl, isInstagramHost, isPostUrl, postCodeFromUrl } from '../instagram/detect';
import type { PlatformAddress } from '../types';

/** What Instagram addresses say, without the reader: all a content script needs before the scout asks. */
export const instagramAddress: PlatformAddress = {
  id: 'instagram',
  matchesHost: isInstagramHost,
  isCreatorPage: (u) => handleFromUrl(u) !== null || isPostUrl(u),
  pageKey: (u) => {
    const post = postCodeFromUrl(u);
    const handle = handleFromUrl(u);
    return post ? `post:${post}` : handle ? `handle:${handle}` : null;
  },
};
