import { describe, expect, it } from 'vitest';
import { BrandProfile } from '@/lib/core/model/brand';
import type { Flag } from '@/lib/core/model/findings';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { engagement } from '@/lib/core/scoring/engagement';
import { flag } from '@/lib/core/scoring/flag';
import { score } from '@/lib/core/scoring/score';
import { summarize } from '@/lib/core/scoring/summary';
import { NOW, cleanPosts, cleanSnapshot, daysAgo, makePost } from '../../helpers/snapshots';

const rival = BrandProfile.parse({ name: 'B', competitors: [{ name: 'Rival', handles: ['rival'] }] });
const summary = (s: ProfileSnapshot, brand?: BrandProfile, answers?: Record<string, 'yes' | 'no'>) => score(s, { brand, answers, now: NOW }).summary;

describe('summary', () => {
  it('a clean snapshot: typical metrics, no risk found (100), content unknown (null)', () => {
    expect(summary(cleanSnapshot())).toEqual({
      metrics: 70, content: null, risk: 100,
      // Weighted over the known sub-scores only: (0.4 × 70 + 0.3 × 100) / 0.7.
      overall: 83,
      verdict: 'Micro creator, typical engagement (2.73% vs typical 2.00%–3.50%); no risks found.',
    });
  });

  it('metrics follow the verdict, less 10 per engagement anomaly', () => {
    expect(summary(cleanSnapshot({ posts: cleanPosts(4, { likes: 190, comments: 10 }) })).metrics).toBe(35);
    const viral = makePost({ likes: 5_000, comments: 200, publishedAt: daysAgo(4) });
    expect(summary(cleanSnapshot({ posts: [...cleanPosts(6), viral] })).metrics).toBe(60);
  });

  it('risk drops 25 per risk flag and 10 per warning, and the verdict names the risks', () => {
    const s = cleanSnapshot({ posts: [...cleanPosts(3), makePost({ caption: 'with @rival', publishedAt: daysAgo(4) }), makePost({ caption: '#spon', publishedAt: daysAgo(5) })] });
    const sum = summary(s, rival);
    expect(sum.risk).toBe(65);
    expect(sum.verdict).toMatch(/; risks: competitor mention\.$/);
  });

  it('counts warnings in the verdict when nothing is a risk', () => {
    expect(summary(cleanSnapshot({ posts: [...cleanPosts(3), makePost({ caption: '#spon', publishedAt: daysAgo(5) })] })).verdict)
      .toMatch(/; 1 thing\(s\) worth a look\.$/);
  });

  it('risk never leaves 0–100', () => {
    const e = engagement(cleanSnapshot(), 'micro', NOW, {}, 3);
    const flags: Flag[] = Array.from({ length: 9 }, () => flag('competitor-mention', 'risk', 'x.', [], {}));
    expect(summarize('micro', e, flags, null, [], { posts: 3, comments: 0 }).risk).toBe(0);
  });

  it('content averages value fit with the per-market disclosure shares', () => {
    const brand = BrandProfile.parse({ name: 'B', markets: ['UK', 'DE'], checklist: [{ id: 'a', label: 'A', kind: 'manual' }, { id: 'b', label: 'B', kind: 'manual' }] });
    const s = cleanSnapshot({ posts: [...cleanPosts(3), makePost({ caption: '#ad new boots', publishedAt: daysAgo(4) })] });
    // Value fit 1/2 = 50; UK 100% disclosed, DE 0% ("#ad" is not a German label): mean 50; content 50.
    expect(summary(s, brand, { a: 'yes', b: 'no' }).content).toBe(50);
    expect(summary(s, brand, { a: 'yes', b: 'yes' }).content).toBe(75);
  });

  it('is null, never 0, when there is nothing to judge', () => {
    const sum = summary(cleanSnapshot({ followers: null }));
    expect([sum.metrics, sum.content]).toEqual([null, null]);
    // The posts were checked and nothing was found, but an absence of risk alone is no overall score.
    expect(sum.risk).toBe(100);
    expect(sum.overall).toBeNull();
    expect(sum.verdict).toBe('Creator of unknown size, engagement unknown; no risks found.');
  });

  it('claims no "no risk" when no post or comment was there to check (a private account)', () => {
    const sum = summary(cleanSnapshot({ posts: [], isPrivate: true }));
    expect([sum.metrics, sum.content, sum.risk, sum.overall]).toEqual([null, null, null, null]);
    expect(sum.verdict).toMatch(/nothing to judge yet\.$/);
  });

  it('makes no overall from the scout\'s own answers alone when the page showed nothing to measure', () => {
    const manual = BrandProfile.parse({ name: 'Acme', checklist: [{ id: 'style', label: 'Style fits', kind: 'manual', lookFor: [], avoid: [] }] });
    const sum = summary(cleanSnapshot({ posts: [], isPrivate: true }), manual, { style: 'yes' });
    expect(sum.content).toBe(100);
    expect(sum.overall).toBeNull();
  });
});
