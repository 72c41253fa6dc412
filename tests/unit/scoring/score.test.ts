import { describe, expect, it } from 'vitest';
import { score } from '@/lib/core/scoring/score';
import { tierFor } from '@/lib/core/scoring/tier';
import { makePost, makeSnapshot } from '../../helpers/snapshots';

describe('tierFor', () => {
  it.each([
    [0, 'nano'], [9_999, 'nano'], [10_000, 'micro'], [99_999, 'micro'],
    [100_000, 'macro'], [999_999, 'macro'], [1_000_000, 'mega'],
  ] as const)('%i followers → %s', (n, tier) => expect(tierFor(n)).toBe(tier));
  it('is unknown when followers are unknown', () => expect(tierFor(null)).toBeNull());
});

describe('score: median engagement', () => {
  it('takes the median of (likes + comments) / followers on Instagram', () => {
    const s = makeSnapshot({
      followers: 10_000,
      posts: [makePost({ likes: 100, comments: 0 }), makePost({ likes: 290, comments: 10 }), makePost({ likes: 500, comments: 500 })],
    });
    const card = score(s);
    expect(card.engagementRate).toBeCloseTo(0.03, 10);
    expect(card.postsUsed).toBe(3);
    expect(card.tier).toBe('micro');
  });

  it('leaves hidden-like posts out and says so', () => {
    const s = makeSnapshot({
      followers: 1_000,
      posts: [makePost({ likes: null, likesHidden: true, comments: 4 }), makePost({ likes: 50, comments: 0 })],
    });
    const card = score(s);
    expect(card.engagementRate).toBeCloseTo(0.05, 10);
    expect(card.notes.join(' ')).toMatch(/hide their like count/);
  });

  it('is null, never 0, when no post has the numbers', () => {
    const card = score(makeSnapshot({ posts: [makePost({ likes: null, likesHidden: true })] }));
    expect(card.engagementRate).toBeNull();
    expect(card.notes.length).toBeGreaterThan(0);
  });

  it('is null when followers are unknown', () => {
    const card = score(makeSnapshot({ followers: null }));
    expect(card.engagementRate).toBeNull();
    expect(card.tier).toBeNull();
  });

  it('uses views per subscriber on YouTube', () => {
    const s = makeSnapshot({ platform: 'youtube', followers: 20_000, posts: [makePost({ views: 2_000 }), makePost({ views: 4_000 })] });
    expect(score(s).engagementRate).toBeCloseTo(0.15, 10);
    expect(score(s).engagementFormula).toMatch(/views \/ subscribers/);
  });
});
