import { handleFromUrl, isTikTokHost, postIdFromPath } from '../tiktok/detect';
import { readTikTok } from '../tiktok/extract';
import type { Platform } from '../types';

export const tiktok: Platform = {
  id: 'tiktok',
  matchesHost: isTikTokHost,
  isCreatorPage: (u) => handleFromUrl(u) !== null,
  pageKey: (u) => {
    const post = postIdFromPath(u.pathname);
    const handle = handleFromUrl(u);
    return post ? `post:${post}` : handle ? `handle:${handle}` : null;
  },
  read: readTikTok,
};
