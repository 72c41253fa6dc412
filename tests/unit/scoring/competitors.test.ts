import { describe, expect, it } from 'vitest';
import { BrandProfile } from '@/lib/core/model/brand';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { score } from '@/lib/core/scoring/score';
import { NOW, cleanPosts, cleanSnapshot, daysAgo, makePost } from '../../helpers/snapshots';

const brand = BrandProfile.parse({
  name: 'Trailwear', exclusivityDays: 60,
  competitors: [
    { name: 'Peak Co', handles: ['@PeakCo'], keywords: ['Peak Co'] },
    { name: 'Summit', handles: ['summit.gear'], keywords: [] },
  ],
});
const run = (s: ProfileSnapshot, b = brand) => score(s, { brand: b, now: NOW });
const withPosts = (...extra: Parameters<typeof makePost>[0][]) => cleanSnapshot({ posts: [...cleanPosts(3), ...extra.map((o) => makePost(o))] });

describe('competitor mentions', () => {
  it('finds nothing, and flags nothing, on a clean snapshot', () => {
    const c = run(cleanSnapshot());
    expect(c.competitors).toEqual([]);
    expect(c.flags.filter((f) => f.id === 'competitor-mention')).toEqual([]);
  });

  it('lists posts that tag a handle, name a keyword or list a sponsor, with their dates', () => {
    const c = run(withPosts(
      { id: 'tag', caption: 'New jacket from @peakco', publishedAt: daysAgo(10) },
      { id: 'word', caption: 'Trying peak co boots', publishedAt: daysAgo(20) },
      { id: 'spon', caption: 'Gear day', sponsors: ['Summit.Gear'], publishedAt: daysAgo(30) },
    ));
    expect(c.competitors).toEqual([
      { competitor: 'Peak Co', postId: 'tag', publishedAt: daysAgo(10), matched: ['@peakco'], withinExclusivity: true },
      { competitor: 'Peak Co', postId: 'word', publishedAt: daysAgo(20), matched: ['Peak Co'], withinExclusivity: true },
      { competitor: 'Summit', postId: 'spon', publishedAt: daysAgo(30), matched: ['@summit.gear'], withinExclusivity: true },
    ]);
  });

  it('does not match a keyword inside a longer word', () => {
    expect(run(withPosts({ caption: 'peak cost of living', publishedAt: daysAgo(3) })).competitors).toEqual([]);
  });

  it('marks mentions outside the exclusivity window, and undated ones as unknown', () => {
    const c = run(withPosts({ id: 'old', caption: '@peakco', publishedAt: daysAgo(61) }, { id: 'undated', caption: '@peakco', publishedAt: null }));
    expect(c.competitors.map((m) => [m.postId, m.withinExclusivity])).toEqual([['old', false], ['undated', null]]);
  });
});

describe('competitor-mention flag', () => {
  it('fires within the window (and on undated posts), naming posts and competitors', () => {
    const c = run(withPosts(
      { id: 'in', caption: '@peakco', publishedAt: daysAgo(59) },
      { id: 'undated', caption: 'with @summit.gear', publishedAt: null },
      { id: 'out', caption: '@peakco', publishedAt: daysAgo(61) },
    ));
    const [f, ...rest] = c.flags.filter((x) => x.id === 'competitor-mention');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'risk', message: 'Mentioned Peak Co, Summit within your 60-day exclusivity window (or on an undated post).' });
    expect(f?.evidence).toEqual({ postIds: ['in', 'undated'], numbers: { competitors: 'Peak Co, Summit', posts: 2, exclusivityDays: 60 } });
  });

  it('does not fire when every mention is older than the window', () => {
    const s = withPosts({ caption: '@peakco', publishedAt: daysAgo(61) });
    expect(run(s).flags.filter((f) => f.id === 'competitor-mention')).toEqual([]);
    const longer = BrandProfile.parse({ ...brand, exclusivityDays: 90 });
    expect(run(s, longer).flags.filter((f) => f.id === 'competitor-mention')).toHaveLength(1);
  });
});
