import type { PlatformTraits } from '../traits-types';

export const instagramTraits: PlatformTraits = {
  id: 'instagram',
  name: 'Instagram',
  // Up to 30 letters, digits, "." and "_".
  handle: { test: (h) => /^[a-z0-9._]{1,30}$/.test(h), says: 'up to 30 letters, digits, "." or "_"' },
  profileUrl: (h) => `https://www.instagram.com/${h}/`,
  anomalies: {
    likesPerComment: { typical: 28, source: 'Trust Insights 2023, 10,290 accounts' },
    everyPostHasViews: false,
    viewsPerFollower: true,
  },
};
