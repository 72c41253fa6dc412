import { handleFromUrl, isTikTokHost } from '../tiktok/detect';
import { readTikTok } from '../tiktok/extract';
import type { Platform } from '../types';

export const tiktok: Platform = {
  id: 'tiktok',
  matchesHost: isTikTokHost,
  isCreatorPage: (u) => handleFromUrl(u) !== null,
  read: readTikTok,
};
