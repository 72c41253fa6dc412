import type { PlatformTraits } from '../traits-types';

const WOTB = 'wordontheblock.com / alittleclass 2021';

export const instagramTraits: PlatformTraits = {
  id: 'instagram',
  name: 'Instagram',
  followersWord: 'Followers',
  // Up to 30 letters, digits, "." and "_".
  handle: { test: (h) => /^[a-z0-9._]{1,30}$/.test(h), says: 'up to 30 letters, digits, "." or "_"' },
  profileUrl: (h) => `https://www.instagram.com/${h}/`,
  engagement: {
    primary: { measure: 'per-follower', text: '(likes + comments) / followers, per post' },
    secondary: null,
  },
  benchmarks: {
    nano: { low: 0.02, high: 0.035, measure: 'per-follower', source: 'HypeAuditor 2023 (nano 2.19–2.78%); untapper.com 2026 bands' },
    micro: { low: 0.02, high: 0.035, measure: 'per-follower', source: 'untapper.com 2026, 10–50k: 2–3.5% typical, ≥3.5% good' },
    macro: { low: 0.015, high: 0.025, measure: 'per-follower', source: 'untapper.com 2026, 50–500k: 1.5–2.5% typical' },
    mega: { low: 0.007, high: 0.0185, measure: 'per-follower', source: 'HypeAuditor 2023 / Later x Fohr 2021 (1.85–2.2% overall; large accounts often < 0.7%)' },
  },
  fees: {
    USD: {
      nano: { low: 10, high: 100, source: WOTB },
      micro: { low: 100, high: 500, source: WOTB },
      macro: { low: 500, high: 5000, source: `${WOTB} (mid tier)` },
    },
    GBP: { micro: { low: 80, high: 400, source: 'the brief (micro, per post)' } },
  },
  cpmUsd: { low: 5, high: 15 },
  anomalies: {
    likesPerComment: { typical: 28, source: 'Trust Insights 2023, 10,290 accounts' },
    everyPostHasViews: false,
    viewsPerFollower: true,
  },
};
