import type { PlatformTraits } from '../traits-types';

export const tiktokTraits: PlatformTraits = {
  id: 'tiktok',
  name: 'TikTok',
  // 2–24 letters, digits, "." and "_".
  handle: { test: (h) => /^[a-z0-9._]{2,24}$/.test(h), says: '2–24 letters, digits, "." or "_"' },
  profileUrl: (h) => `https://www.tiktok.com/@${h}`,
  anomalies: { likesPerComment: null, everyPostHasViews: true, viewsPerFollower: true },
};
