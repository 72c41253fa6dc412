import type { Flag } from '../model/findings';
import type { ProfileSnapshot } from '../model/snapshot';
import { flag } from './flag';

const DAY_MS = 86_400_000;
/** Instagram ads rarely add more than 5k followers a day (HypeAuditor). */
const MAX_PLAUSIBLE_DAILY = 5_000;
/** Small accounts grow ~5% a month (Rival IQ); several times that within weeks is a spike. */
const MAX_PLAUSIBLE_MONTHLY_SHARE = 0.25;

/**
 * Follower jumps between the scout's own visits: a round-number jump (1k, 5k…) or growth
 * beyond a plausible rate. Giveaways and shout-outs cause spikes too, so it is "worth a look".
 */
export function followerSpikeFlags(current: ProfileSnapshot, history: ProfileSnapshot[]): Flag[] {
  const points = [...history, current]
    .filter((s) => s.followers !== null && !s.approximate.includes('followers'))
    .sort((a, b) => Date.parse(a.capturedAt) - Date.parse(b.capturedAt));
  const flags: Flag[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as ProfileSnapshot;
    const b = points[i] as ProfileSnapshot;
    const gain = (b.followers as number) - (a.followers as number);
    const days = Math.max((Date.parse(b.capturedAt) - Date.parse(a.capturedAt)) / DAY_MS, 1);
    const monthlyShare = (gain / (a.followers as number || 1)) * (30 / days);
    const round = gain >= 1_000 && gain % 1_000 === 0;
    const fast = gain / days > MAX_PLAUSIBLE_DAILY || (gain >= 500 && monthlyShare > MAX_PLAUSIBLE_MONTHLY_SHARE);
    if (round || fast) {
      flags.push(flag('follower-spike', 'warn',
        `Followers jumped by ${gain.toLocaleString('en-US')} between ${a.capturedAt.slice(0, 10)} and ${b.capturedAt.slice(0, 10)} — worth a look${round ? ' (a suspiciously round number)' : ''}; giveaways and shout-outs do this too.`,
        [], { from: a.followers as number, to: b.followers as number, days, perDay: gain / days, fromDate: a.capturedAt, toDate: b.capturedAt }));
    }
  }
  return flags;
}
