import { describe, expect, it } from 'vitest';
import { BrandProfile } from '@/lib/core/model/brand';
import type { FlagId } from '@/lib/core/model/findings';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { score, type ScoreOptions } from '@/lib/core/scoring/score';
import { NOW, cleanPosts, cleanSnapshot, daysAgo, makeComment, makePost } from '../../helpers/snapshots';

const flagsOf = (s: ProfileSnapshot, id: FlagId, o: ScoreOptions = {}) => score(s, { now: NOW, ...o }).flags.filter((f) => f.id === id);
const one = (s: ProfileSnapshot, id: FlagId, o?: ScoreOptions) => {
  const found = flagsOf(s, id, o);
  expect(found).toHaveLength(1);
  const f = found[0]!;
  // Anomalies have innocent explanations: never an accusation.
  expect(f.message).not.toMatch(/fraud/i);
  return f;
};
const ids = (s: ProfileSnapshot) => s.posts.map((p) => p.id);

describe.each([
  'engagement-low', 'engagement-high', 'engagement-outlier', 'engagement-inconsistent',
  'like-comment-ratio', 'view-follower-ratio', 'hidden-likes', 'generic-comments',
] as const)('%s', (id) => {
  it('does not fire on a clean snapshot', () => expect(flagsOf(cleanSnapshot(), id)).toEqual([]));
});

describe('engagement-low / engagement-high', () => {
  it('engagement-low: median below the band, with the band, its source and the posts behind it', () => {
    const s = cleanSnapshot({ posts: cleanPosts(4, { likes: 190, comments: 10 }) });
    const f = one(s, 'engagement-low');
    expect(f.severity).toBe('warn');
    expect(f.evidence.postIds).toEqual(ids(s));
    expect(f.evidence.numbers).toMatchObject({ median: '1.00%', typicalLow: '2.00%', typicalHigh: '3.50%' });
    expect(String(f.evidence.numbers.source)).toMatch(/untapper/);
  });

  it('engagement-high: only when suspiciously high (≥ 3 × the band top), says "worth a look"', () => {
    const s = cleanSnapshot({ posts: cleanPosts(4, { likes: 2_500, comments: 100 }) });
    const f = one(s, 'engagement-high');
    expect(f.message).toMatch(/worth a look/);
    expect(f.evidence.postIds).toEqual(ids(s));
    expect(f.evidence.numbers.median).toBe('13.00%');
    // 5% is "high" but not suspicious: no flag.
    expect(flagsOf(cleanSnapshot({ posts: cleanPosts(4, { likes: 960, comments: 40 }) }), 'engagement-high')).toEqual([]);
  });
});

describe('engagement-outlier (robust z-score on the median absolute deviation)', () => {
  it('names the outlying post and its rate', () => {
    const viral = makePost({ id: 'viral', likes: 5_000, comments: 200, publishedAt: daysAgo(4) });
    const s = cleanSnapshot({ posts: [...cleanPosts(6), viral] });
    const f = one(s, 'engagement-outlier');
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/worth a look/);
    expect(f.evidence.postIds).toEqual(['viral']);
    expect(f.evidence.numbers.outlierRates).toBe('26.00%');
  });

  it('still finds an outlier when the other posts tie (MAD = 0)', () => {
    const viral = makePost({ id: 'viral', likes: 5_000, comments: 200, publishedAt: daysAgo(4) });
    const s = cleanSnapshot({ posts: [...cleanPosts(5, { likes: 530, comments: 20 }), viral] });
    expect(one(s, 'engagement-outlier').evidence.postIds).toEqual(['viral']);
  });

  it('needs at least five posts', () => {
    const viral = makePost({ likes: 5_000, comments: 200, publishedAt: daysAgo(4) });
    expect(flagsOf(cleanSnapshot({ posts: [...cleanPosts(3), viral] }), 'engagement-outlier')).toEqual([]);
  });
});

describe('engagement-inconsistent', () => {
  it('fires when the spread (MAD) exceeds 60% of the median', () => {
    const s = cleanSnapshot({ posts: [100, 300, 600, 1_000, 1_500].map((likes, i) => makePost({ likes, comments: likes / 25, publishedAt: daysAgo(3 + i) })) });
    const f = one(s, 'engagement-inconsistent');
    expect(f.evidence.postIds).toEqual(ids(s));
    expect(f.evidence.numbers).toMatchObject({ median: '3.12%', mad: '2.08%', spread: 0.6667 });
    expect(flagsOf(s, 'engagement-outlier')).toEqual([]);
  });
});

describe('like-comment-ratio (Instagram, typical 28:1)', () => {
  it('fires on few comments for the likes, naming the posts', () => {
    const s = cleanSnapshot({ posts: cleanPosts(3, { likes: 540, comments: 2 }) });
    const f = one(s, 'like-comment-ratio');
    expect(f.message).toMatch(/Few comments.*worth a look/);
    expect(f.evidence.postIds).toEqual(ids(s));
    expect(f.evidence.numbers.likesPerComment).toBe(270);
  });

  it('fires on many comments for the likes', () => {
    const s = cleanSnapshot({ posts: cleanPosts(3, { likes: 300, comments: 250 }) });
    expect(one(s, 'like-comment-ratio').evidence.numbers.likesPerComment).toBe(1.2);
  });

  it('needs three posts, and is not judged on TikTok (no authoritative norm)', () => {
    expect(flagsOf(cleanSnapshot({ posts: cleanPosts(2, { likes: 540, comments: 2 }) }), 'like-comment-ratio')).toEqual([]);
    const tiktok = cleanSnapshot({ platform: 'tiktok', posts: cleanPosts(3, { likes: 540, comments: 2, views: 10_000 }) });
    expect(flagsOf(tiktok, 'like-comment-ratio')).toEqual([]);
  });
});

describe('view-follower-ratio', () => {
  it('fires when reels reach under 5% of followers, naming the reels', () => {
    const s = cleanSnapshot({ posts: cleanPosts(3, { kind: 'reel', views: 500 }) });
    const f = one(s, 'view-follower-ratio');
    expect(f.evidence.postIds).toEqual(ids(s));
    expect(f.evidence.numbers).toMatchObject({ medianViewsPerFollower: '2.50%', followers: 20_000 });
  });

  it('fires on TikTok too, but not on YouTube, and not for photos', () => {
    const tiktok = cleanSnapshot({ platform: 'tiktok', posts: cleanPosts(3, { likes: 30, comments: 2, views: 500 }) });
    expect(one(tiktok, 'view-follower-ratio').evidence.postIds).toEqual(ids(tiktok));
    expect(flagsOf(cleanSnapshot({ platform: 'youtube', posts: cleanPosts(3, { views: 500 }) }), 'view-follower-ratio')).toEqual([]);
    expect(flagsOf(cleanSnapshot({ posts: cleanPosts(3, { kind: 'photo', views: 500 }) }), 'view-follower-ratio')).toEqual([]);
    expect(flagsOf(cleanSnapshot({ posts: cleanPosts(3, { kind: 'reel', views: 8_000 }) }), 'view-follower-ratio')).toEqual([]);
  });
});

describe('hidden-likes', () => {
  it('names the posts that hide likes and leaves them out of the rate', () => {
    const s = cleanSnapshot({ posts: [...cleanPosts(3), makePost({ id: 'h', likes: null, likesHidden: true, publishedAt: daysAgo(4) })] });
    const f = one(s, 'hidden-likes');
    expect(f.severity).toBe('info');
    expect(f.evidence).toEqual({ postIds: ['h'], numbers: { hiddenPosts: 1 } });
    expect(score(s, { now: NOW }).engagement.perPost.map((r) => r.postId)).not.toContain('h');
  });
});

describe('generic-comments', () => {
  const real = ['Where did you buy that jacket?', 'This trail looks amazing, which park is it in?', 'My dog does the same thing every single morning', 'Took my kids there last summer and they loved the cafe'];
  const comments = (generic: number, total: number) => Array.from({ length: total }, (_, i) =>
    makeComment(i < generic ? ['Nice pic!', '🔥🔥🔥', '@friend'][i % 3]! : `${real[i % real.length]!} (${i})`));

  it('warns above the brand threshold, and is a risk at 50% or more, with the counts', () => {
    const warn = one(cleanSnapshot({ comments: comments(3, 10) }), 'generic-comments');
    expect(warn.severity).toBe('warn');
    expect(warn.message).toMatch(/worth a look/);
    expect(warn.evidence.numbers).toEqual({ generic: 3, visible: 10, share: '30.00%' });
    expect(one(cleanSnapshot({ comments: comments(6, 10) }), 'generic-comments').severity).toBe('risk');
  });

  it('stays quiet at or under the threshold, and below five visible comments', () => {
    expect(flagsOf(cleanSnapshot({ comments: comments(1, 10) }), 'generic-comments')).toEqual([]);
    expect(flagsOf(cleanSnapshot({ comments: comments(4, 4) }), 'generic-comments')).toEqual([]);
    const lenient = BrandProfile.parse({ name: 'B', thresholds: { genericCommentsWarn: 0.4 } });
    expect(flagsOf(cleanSnapshot({ comments: comments(3, 10) }), 'generic-comments', { brand: lenient })).toEqual([]);
  });
});
