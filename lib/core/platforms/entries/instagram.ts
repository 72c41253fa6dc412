import { handleFromUrl, isInstagramHost, isPostUrl, postCodeFromUrl } from '../instagram/detect';
import { readInstagram } from '../instagram/extract';
import type { Platform } from '../types';

export const instagram: Platform = {
  id: 'instagram',
  matchesHost: isInstagramHost,
  isCreatorPage: (u) => handleFromUrl(u) !== null || isPostUrl(u),
  pageKey: (u) => {
    const post = postCodeFromUrl(u);
    const handle = handleFromUrl(u);
    return post ? `post:${post}` : handle ? `handle:${handle}` : null;
  },
  read: readInstagram,
};
