import { channelFromUrl, isYouTubeHost, videoIdFromUrl } from '../youtube/detect';
import type { PlatformAddress } from '../types';

/** What YouTube addresses say, without the reader: all a content script needs before the scout asks. */
export const youtubeAddress: PlatformAddress = {
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
};
