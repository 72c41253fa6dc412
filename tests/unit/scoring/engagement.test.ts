import { describe, expect, it } from 'vitest';
import { BrandProfile } from '@/lib/core/model/brand';
import { BENCHMARKS } from '@/lib/core/scoring/benchmarks';
import { score } from '@/lib/core/scoring/score';
import { NOW, cleanSnapshot, daysAgo, makePost, makeSnapshot } from '../../helpers/snapshots';

const at = daysAgo(5);
const card = (...args: Parameters<typeof makeSnapshot>) => score(makeSnapshot(...args), { now: NOW });

describe('engagement: the formula per platform, stated in the output', () => {
  it('Instagram: (likes + comments) / followers per post, median and mean', () => {
    const c = card({ followers: 10_000, posts: [
      makePost({ id: 'a', likes: 100, comments: 0, publishedAt: at }),
      makePost({ id: 'b', likes: 290, comments: 10, publishedAt: at }),
      makePost({ id: 'c', likes: 500, comments: 500, publishedAt: at }),
    ] });
    expect(c.engagementFormula).toBe('(likes + comments) / followers, per post');
    expect(c.engagement.measure).toBe('per-follower');
    expect(c.engagement.perPost).toEqual([{ postId: 'a', rate: 0.01 }, { postId: 'b', rate: 0.03 }, { postId: 'c', rate: 0.1 }]);
    expect(c.engagement.median).toBeCloseTo(0.03, 12);
    expect(c.engagement.mean).toBeCloseTo(0.14 / 3, 12);
    expect(c.engagementRate).toBe(c.engagement.median);
    expect(c.engagement.secondary).toBeNull();
  });

  it('TikTok: per view as the headline, per follower beside it', () => {
    const c = card({ platform: 'tiktok', followers: 50_000, posts: [
      makePost({ likes: 900, comments: 100, views: 20_000, publishedAt: at }),
      makePost({ likes: 1_900, comments: 100, views: 25_000, publishedAt: at }),
    ] });
    expect(c.engagement.measure).toBe('per-view');
    expect(c.engagementFormula).toMatch(/\/ views/);
    expect(c.engagementRate).toBeCloseTo((0.05 + 0.08) / 2, 12);
    expect(c.engagement.secondary?.formula).toMatch(/\/ followers/);
    expect(c.engagement.secondary?.median).toBeCloseTo((0.02 + 0.04) / 2, 12);
  });

  it('YouTube: views / subscribers, and (likes + comments) / views only where likes are known', () => {
    const c = card({ platform: 'youtube', followers: 20_000, posts: [
      makePost({ likes: 180, comments: 20, views: 2_000, publishedAt: at }),
      makePost({ likes: null, comments: 40, views: 4_000, publishedAt: at }),
    ] });
    expect(c.engagement.measure).toBe('views-per-subscriber');
    expect(c.engagementRate).toBeCloseTo(0.15, 12);
    expect(c.engagement.secondary?.median).toBeCloseTo(0.1, 12);
    expect(c.engagement.secondary?.mean).toBeCloseTo(0.1, 12);
  });

  it('YouTube keeps a video with hidden likes for views / subscribers (that formula needs no likes)', () => {
    const c = card({ platform: 'youtube', followers: 20_000, posts: [
      makePost({ id: 'h', likes: null, likesHidden: true, views: 3_000, publishedAt: at }),
    ] });
    expect(c.engagementRate).toBeCloseTo(0.15, 12);
    expect(c.engagement.excluded.hidden).toEqual([]);
    expect(c.engagement.secondary?.median).toBeNull();
    expect(c.flags.find((f) => f.id === 'hidden-likes')?.evidence.postIds).toEqual(['h']);
  });
});

describe('engagement: posts left out', () => {
  it('leaves out pinned posts and posts under 48 hours old, and says why', () => {
    const c = card({ followers: 10_000, posts: [
      makePost({ id: 'pin', pinned: true, likes: 5_000, publishedAt: daysAgo(400) }),
      makePost({ id: 'new', likes: 1, publishedAt: daysAgo(1.9) }),
      makePost({ id: 'ok', likes: 295, comments: 5, publishedAt: daysAgo(2) }),
    ] });
    expect(c.engagement.excluded).toMatchObject({ pinned: ['pin'], recent: ['new'] });
    expect(c.engagement.perPost).toEqual([{ postId: 'ok', rate: 0.03 }]);
    expect(c.postsUsed).toBe(1);
    expect(c.notes.join(' ')).toMatch(/pinned.*48 hours/s);
  });

  it('gives a null rate, with a reason, when every post hides its likes', () => {
    const c = card({ posts: [makePost({ id: 'h1', likes: null, likesHidden: true, publishedAt: at }), makePost({ id: 'h2', likes: null, likesHidden: true, publishedAt: at })] });
    expect(c.engagementRate).toBeNull();
    expect(c.engagement.mean).toBeNull();
    expect(c.engagement.verdict).toBeNull();
    expect(c.engagement.excluded.hidden).toEqual(['h1', 'h2']);
    expect(c.notes.join(' ')).toMatch(/Like counts are hidden/);
  });

  it('lists posts lacking the numbers as missing, never as 0', () => {
    const c = card({ posts: [makePost({ id: 'm', likes: 200, comments: null, publishedAt: at }), makePost({ likes: 400, comments: 0, publishedAt: at })] });
    expect(c.engagement.excluded.missing).toEqual(['m']);
    expect(c.engagementRate).toBeCloseTo(0.02, 12);
  });

  it('is null, never 0, when followers are unknown', () => {
    const c = card({ followers: null });
    expect([c.engagementRate, c.engagement.mean, c.engagement.benchmark, c.engagement.verdict, c.tier]).toEqual([null, null, null, null, null]);
    expect(c.notes.join(' ')).toMatch(/does not show the follower count, so engagement per follower cannot be computed: open the profile for followers/);
  });
});

describe('engagement: benchmark and verdict', () => {
  it.each([
    ['instagram', 5_000, 'nano'], ['instagram', 20_000, 'micro'], ['instagram', 200_000, 'macro'], ['instagram', 2_000_000, 'mega'],
    ['tiktok', 20_000, 'micro'], ['youtube', 20_000, 'micro'], ['youtube', 2_000_000, 'mega'],
  ] as const)('%s with %i followers uses the %s band with its source', (platform, followers, tier) => {
    const c = card({ platform, followers, posts: [makePost({ views: 1_000, publishedAt: at })] });
    expect(c.tier).toBe(tier);
    expect(c.engagement.benchmark).toEqual(BENCHMARKS[platform][tier]);
    expect(c.engagement.benchmark?.source).toMatch(/\w{4}/);
    expect(c.engagement.benchmark?.measure).toBe(c.engagement.measure);
  });

  // Instagram micro: typical 2–3.5%, suspicious at 3 × 3.5% = 10.5%.
  it.each([[300, 'low'], [400, 'typical'], [699, 'typical'], [700, 'high'], [2_090, 'high'], [2_110, 'suspiciously-high']] as const)(
    '%i engagements on 20k followers is %s', (likes, verdict) => {
      expect(card({ posts: [makePost({ likes, comments: 0, publishedAt: at })] }).engagement.verdict).toBe(verdict);
    });

  it('uses the brand override band and multiple, and names the override as the source', () => {
    const brand = BrandProfile.parse({ name: 'B', benchmarkOverrides: { 'instagram.micro': { low: 0.05, high: 0.06 } }, thresholds: { suspiciousMultiple: 1.5 } });
    const s = cleanSnapshot();
    const c = score(s, { brand, now: NOW });
    expect(c.engagement.benchmark).toMatchObject({ low: 0.05, high: 0.06, source: 'your override (options page)' });
    expect(c.engagement.verdict).toBe('low');
    const high = makeSnapshot({ posts: [makePost({ likes: 1_800, comments: 0, publishedAt: at })] });
    expect(score(high, { brand, now: NOW }).engagement.verdict).toBe('suspiciously-high');
  });
});
