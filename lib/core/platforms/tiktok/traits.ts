import type { PlatformTraits } from '../traits-types';

const WOTB = 'wordontheblock.com / alittleclass 2021';

export const tiktokTraits: PlatformTraits = {
  id: 'tiktok',
  name: 'TikTok',
  followersWord: 'Followers',
  // 2–24 letters, digits, "." and "_".
  handle: { test: (h) => /^[a-z0-9._]{2,24}$/.test(h), says: '2–24 letters, digits, "." or "_"' },
  profileUrl: (h) => `https://www.tiktok.com/@${h}`,
  engagement: {
    primary: { measure: 'per-view', text: '(likes + comments) / views, per video' },
    secondary: { measure: 'per-follower', text: '(likes + comments) / followers, per video' },
  },
  benchmarks: {
    nano: { low: 0.04, high: 0.07, measure: 'per-view', source: 'untapper.com 2026, per view: 4–7% typical, ≥7% good' },
    micro: { low: 0.04, high: 0.07, measure: 'per-view', source: 'untapper.com 2026, per view (10–50k): 4–7% typical' },
    macro: { low: 0.04, high: 0.07, measure: 'per-view', source: 'untapper.com 2026, per view: 4–7% typical (no tier-specific figure)' },
    mega: { low: 0.03, high: 0.05, measure: 'per-view', source: 'Influencer Marketing Factory, 1M+: about 3–5%' },
  },
  fees: {
    USD: {
      nano: { low: 5, high: 25, source: WOTB },
      micro: { low: 25, high: 125, source: WOTB },
      macro: { low: 125, high: 1250, source: `${WOTB} (mid tier)` },
    },
    GBP: {},
  },
  cpmUsd: { low: 5, high: 15 },
  anomalies: { likesPerComment: null, everyPostHasViews: true, viewsPerFollower: true },
};
