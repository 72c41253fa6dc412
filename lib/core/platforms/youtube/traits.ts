import type { PlatformTraits } from '../traits-types';

const CHANNEL_ID = /^uc[a-z0-9_-]{22}$/;
const WOTB = 'wordontheblock.com / alittleclass 2021';

export const youtubeTraits: PlatformTraits = {
  id: 'youtube',
  name: 'YouTube',
  followersWord: 'Subscribers',
  // A 3–30 character @handle (letters of any script, digits, ".", "_", "-", "·"), or the UC… id of a channel without one.
  handle: { test: (h) => /^[\p{L}\p{M}\p{N}._·-]{3,30}$/u.test(h) || CHANNEL_ID.test(h), says: 'a 3–30 character @handle or a UC… channel id' },
  profileUrl: (h) => (CHANNEL_ID.test(h) ? `https://www.youtube.com/channel/${h}` : `https://www.youtube.com/@${h}`),
  engagement: {
    primary: { measure: 'views-per-subscriber', text: 'views / subscribers, per video' },
    secondary: { measure: 'per-view', text: '(likes + comments) / views, per video (where the page shows likes)' },
  },
  benchmarks: {
    nano: { low: 0.1, high: 0.2, measure: 'views-per-subscriber', source: 'brightbean.xyz (weak): 14–20% healthy, < 10% dormant' },
    micro: { low: 0.1, high: 0.2, measure: 'views-per-subscriber', source: 'brightbean.xyz (weak): 14–20% healthy for 10k–500k, < 10% dormant' },
    macro: { low: 0.1, high: 0.2, measure: 'views-per-subscriber', source: 'brightbean.xyz (weak): 14–20% healthy for 10k–500k, < 10% dormant' },
    mega: { low: 0.04, high: 0.08, measure: 'views-per-subscriber', source: 'Tubular Labs 2023 (second-hand): 4–8%' },
  },
  fees: {
    USD: {
      nano: { low: 20, high: 200, source: WOTB },
      micro: { low: 200, high: 1000, source: WOTB },
      macro: { low: 1000, high: 10000, source: `${WOTB} (mid tier)` },
    },
    GBP: { micro: { low: 500, high: 1500, source: 'the brief (dedicated video)' } },
  },
  cpmUsd: { low: 15, high: 30 },
  anomalies: { likesPerComment: null, everyPostHasViews: false, viewsPerFollower: false },
};
