import { channelFromUrl, isYouTubeHost, videoIdFromUrl } from '../youtube/detect';
import { readYouTube } from '../youtube/extract';
import type { Platform } from '../types';

export const youtube: Platform = {
  id: 'youtube',
  matchesHost: isYouTubeHost,
  // Channel pages, and watch pages, which name their creator in the data.
  isCreatorPage: (u) => channelFromUrl(u) !== null || videoIdFromUrl(u) !== null,
  pageKey: (u) => {
    const video = videoIdFromUrl(u);
    const c = channelFromUrl(u);
    if (video) return `post:${video}`;
    if (!c) return null;
    return c.handle ? `handle:${c.handle.toLowerCase()}` : c.channelId ? `channel:${c.channelId}` : `legacy:${c.legacyName?.toLowerCase()}`;
  },
  read: readYouTube,
};
