import { describe, expect, it } from 'vitest';
import { BrandProfile } from '@/lib/core/model/brand';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { score, type ScoreOptions } from '@/lib/core/scoring/score';
import { NOW, cleanSnapshot, daysAgo, makePost } from '../../helpers/snapshots';

const gaps = (s: ProfileSnapshot, o: ScoreOptions = {}) => score(s, { now: NOW, ...o }).flags.filter((f) => f.id === 'posting-gap');
const posted = (...days: number[]) => cleanSnapshot({ posts: days.map((d, i) => makePost({ id: `d${i}`, publishedAt: daysAgo(d), likes: 530, comments: 20 })) });

describe('posting-gap', () => {
  it('does not fire on a creator who posts every few days', () => {
    expect(gaps(cleanSnapshot())).toEqual([]);
  });

  it('warns when the newest post is older than the threshold, naming it', () => {
    const [f, ...rest] = gaps(posted(45, 48, 51));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warn', message: 'No post in the last 45 days.' });
    expect(f?.evidence).toEqual({ postIds: ['d0'], numbers: { daysSinceLastPost: 45, threshold: 30 } });
  });

  it('notes the widest gap between two posts, naming both ends', () => {
    const [f, ...rest] = gaps(posted(3, 6, 46, 49));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'info', message: 'A 40-day gap between two posts.' });
    expect(f?.evidence).toEqual({ postIds: ['d2', 'd1'], numbers: { gapDays: 40, threshold: 30 } });
  });

  it('claims a gap from "N weeks/months ago" dates only beyond their uncertainty', () => {
    const approx = (daysBack: number) => cleanSnapshot({ posts: [makePost({ id: 'm', publishedAt: daysAgo(daysBack), publishedPrecision: 'month', likes: 530, comments: 20 })] });
    // "1 month ago" read as 35 days ago could be as recent as 4 days ago: no claim against a 30-day threshold.
    expect(gaps(approx(35))).toEqual([]);
    expect(gaps(approx(70))[0]?.message).toBe('No post in about the last 70 days.');
  });

  it('can raise both at once', () => {
    expect(gaps(posted(40, 80)).map((f) => f.severity)).toEqual(['warn', 'info']);
  });

  it('needs strictly more than the threshold', () => {
    expect(gaps(posted(30, 60))).toEqual([]);
  });

  it('uses the brand threshold', () => {
    const brand = BrandProfile.parse({ name: 'B', thresholds: { postingGapDays: 7 } });
    expect(gaps(posted(10), { brand }).map((f) => f.evidence.numbers.threshold)).toEqual([7]);
    expect(gaps(posted(10), { brand: BrandProfile.parse({ name: 'B', thresholds: { postingGapDays: 60 } }) })).toEqual([]);
  });

  it('ignores pinned and undated posts, and says nothing when no post is dated', () => {
    const s = cleanSnapshot({ posts: [
      makePost({ id: 'pin', pinned: true, publishedAt: daysAgo(300) }),
      makePost({ id: 'undated', publishedAt: null }),
      makePost({ id: 'recent', publishedAt: daysAgo(5) }),
    ] });
    expect(gaps(s)).toEqual([]);
    expect(gaps(cleanSnapshot({ posts: [makePost({ publishedAt: null })] }))).toEqual([]);
    expect(gaps(cleanSnapshot({ posts: [] }))).toEqual([]);
  });
});
