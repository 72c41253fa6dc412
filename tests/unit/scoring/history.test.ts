import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { followerSpikeFlags } from '@/lib/core/scoring/history';
import { score } from '@/lib/core/scoring/score';
import { NOW, cleanSnapshot, daysAgo } from '../../helpers/snapshots';

/** A visit `days` before NOW showing `followers`. */
const visit = (followers: number | null, days: number, over: Partial<ProfileSnapshot> = {}) =>
  cleanSnapshot({ followers, capturedAt: daysAgo(days), ...over });
const spikes = (history: ProfileSnapshot[], current = visit(20_000, 0)) =>
  score(current, { history, now: NOW }).flags.filter((f) => f.id === 'follower-spike');

describe('follower-spike', () => {
  it('does not fire without history, or on plausible growth', () => {
    expect(spikes([])).toEqual([]);
    // +437 in 30 days on 19.6k: about 2% a month (Rival IQ: small accounts grow ~5%).
    expect(spikes([visit(19_563, 30)])).toEqual([]);
  });

  it('fires on a round-number jump, with dates and numbers as evidence', () => {
    const [f, ...rest] = spikes([visit(19_000, 10)]);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warn');
    expect(f?.message).toMatch(/jumped by 1,000 between 2026-11-10 and 2026-11-20 — worth a look \(a suspiciously round number\)/);
    expect(f?.message).not.toMatch(/fraud/i);
    expect(f?.evidence).toEqual({ postIds: [], numbers: {
      from: 19_000, to: 20_000, days: 10, perDay: 100, fromDate: daysAgo(10), toDate: NOW.toISOString(),
    } });
  });

  it('fires on growth beyond 5,000 a day, round or not', () => {
    const [f] = spikes([visit(200_000, 2)], visit(212_345, 0));
    expect(f?.evidence.numbers).toMatchObject({ from: 200_000, to: 212_345, perDay: 6_173 });
    expect(f?.message).not.toMatch(/round/);
  });

  it('fires on growth far beyond a plausible monthly share (> 25% a month)', () => {
    // +3,100 on 10,000 in 30 days: 31% a month.
    expect(spikes([visit(10_000, 30)], visit(13_100, 0))).toHaveLength(1);
    // Tiny accounts: +300 on 100 is a big share but under the 500-follower floor.
    expect(spikes([visit(100, 1)], visit(400, 0))).toEqual([]);
  });

  it('treats visits on the same day as one day apart rather than dividing by ~0', () => {
    const [f] = spikes([visit(20_000, 0.01)], visit(26_001, 0));
    expect(f?.evidence.numbers.days).toBe(1);
    expect(f?.evidence.numbers.perDay).toBe(6_001);
  });

  it('ignores drops, rounded counts and unknown counts', () => {
    expect(spikes([visit(30_000, 5)])).toEqual([]);
    expect(spikes([visit(14_000, 5, { approximate: ['followers'] })])).toEqual([]);
    expect(spikes([visit(null, 5)])).toEqual([]);
  });

  it('compares visits in date order, whatever order history comes in', () => {
    const flags = followerSpikeFlags(visit(22_000, 0), [visit(21_000, 5), visit(20_000, 10)]);
    expect(flags.map((f) => [f.evidence.numbers.from, f.evidence.numbers.to])).toEqual([[20_000, 21_000], [21_000, 22_000]]);
  });
});
