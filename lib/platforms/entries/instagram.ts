import { handleFromUrl, isInstagramHost, isPostUrl } from '../instagram/detect';
import { readInstagram } from '../instagram/extract';
import type { Platform } from '../types';

export const instagram: Platform = {
  id: 'instagram',
  matchesHost: isInstagramHost,
  isCreatorPage: (u) => handleFromUrl(u) !== null || isPostUrl(u),
  read: readInstagram,
};
