import { describe, expect, it } from 'vitest';
import { BrandProfile } from '@/lib/core/model/brand';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { score } from '@/lib/core/scoring/score';
import { NOW, cleanPosts, cleanSnapshot, daysAgo, makePost } from '../../helpers/snapshots';

const cost = (s: ProfileSnapshot, brand: Record<string, unknown> = {}) => score(s, { brand: BrandProfile.parse({ name: 'B', ...brand }), now: NOW }).cost;
// Four posts at exactly 500 engagements each, so cost per engagement is fee / 500.
const even = (over: Partial<ProfileSnapshot> = {}) => cleanSnapshot({ posts: cleanPosts(4, { likes: 480, comments: 20 }), ...over });

describe('cost estimate', () => {
  it('uses the brief’s sterling figures for an Instagram micro creator, with cost per engagement', () => {
    expect(cost(even())).toEqual({ currency: 'GBP', low: 80, high: 400, basis: 'the brief (micro, per post)', perEngagement: { low: 0.16, high: 0.8 } });
  });

  it('gives the published dollar band in USD, and converts it for EUR, saying so', () => {
    expect(cost(even(), { currency: 'USD' })).toMatchObject({ currency: 'USD', low: 100, high: 500, perEngagement: { low: 0.2, high: 1 } });
    const eur = cost(even(), { currency: 'EUR' });
    expect(eur).toMatchObject({ currency: 'EUR', low: 92, high: 460 });
    expect(eur?.basis).toMatch(/converted at 1 USD = 0\.92 EUR/);
  });

  it.each([
    ['tiktok', 5_000, 'USD', 5, 25], ['tiktok', 50_000, 'USD', 25, 125], ['youtube', 50_000, 'GBP', 500, 1_500], ['instagram', 500_000, 'USD', 500, 5_000],
  ] as const)('%s with %i followers in %s: %i–%i', (platform, followers, currency, low, high) => {
    expect(cost(even({ platform, followers }), { currency })).toMatchObject({ low, high });
  });

  it('prefers the brand’s own rate card', () => {
    const c = cost(even(), { currency: 'EUR', rateCard: { 'instagram.micro': { low: 200, high: 300 } } });
    expect(c).toEqual({ currency: 'EUR', low: 200, high: 300, basis: 'your rate card', perEngagement: { low: 0.4, high: 0.6 } });
  });

  it('falls back to average views × CPM where no band is published (mega)', () => {
    const s = cleanSnapshot({ platform: 'tiktok', followers: 2_000_000, posts: cleanPosts(2, { views: 100_000 }) });
    const c = cost(s, { currency: 'USD' });
    expect(c).toMatchObject({ low: 500, high: 1_500 });
    expect(c?.basis).toMatch(/CPM 5–15 USD/);
  });

  it('is null, never 0, when the size or the views are unknown', () => {
    expect(cost(even({ followers: null }))).toBeNull();
    expect(cost(even({ followers: 2_000_000 }))).toBeNull();
  });

  it('leaves cost per engagement null when no post shows likes, and ignores pinned, recent and hidden posts', () => {
    expect(cost(cleanSnapshot({ posts: cleanPosts(2, { likes: null, likesHidden: true }) }))?.perEngagement).toBeNull();
    const s = cleanSnapshot({ posts: [
      ...cleanPosts(2, { likes: 480, comments: 20 }),
      makePost({ pinned: true, likes: 90_000, publishedAt: daysAgo(200) }),
      makePost({ likes: 1, comments: 0, publishedAt: daysAgo(1) }),
    ] });
    expect(cost(s)?.perEngagement).toEqual({ low: 0.16, high: 0.8 });
  });
});
