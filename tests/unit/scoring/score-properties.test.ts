import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BrandProfile } from '@/lib/core/model/brand';
import { FlagId, Market } from '@/lib/core/model/findings';
import type { Post, ProfileSnapshot } from '@/lib/core/model/snapshot';
import { score, type ScoreOptions } from '@/lib/core/scoring/score';
import type { Answer } from '@/lib/core/scoring/value-fit';
import { NOW, daysAgo, makeComment, makePost, makeSnapshot } from '../../helpers/snapshots';

// Caption pieces that exercise every rule: markers, signals, competitor and value words, a fold-length filler.
const PIECES = [
  'Morning walk', 'new boots from @brand', 'use code ANNA20', '#spon', '#gifted', 'Werbung', 'Publicité', '#ad', 'Ad:',
  'link in bio to shop', '#sunday #walk #sea', 'thanks to @brand', 'thrifted', 'haul', 'Peak Co', 'amzn.to/x1',
  'A long story about the coffee, the light, the walk by the sea and the dog who would not stop barking at the gulls all day',
];
const caption = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).chain((ws) => fc.constantFrom(' ', '\n').map((sep) => ws.join(sep)));
const count = fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: null });

const post = fc.record({
  likes: count, comments: count, views: count, hidden: fc.boolean(), pinned: fc.option(fc.boolean(), { nil: null }),
  age: fc.option(fc.double({ min: 0, max: 150, noNaN: true }), { nil: null }), caption,
  kind: fc.constantFrom('photo', 'reel', 'video', null), sponsor: fc.boolean(), label: fc.boolean(),
}).map((r): Post => makePost({
  likes: r.hidden ? null : r.likes, likesHidden: r.hidden, comments: r.comments, views: r.views, pinned: r.pinned,
  publishedAt: r.age === null ? null : daysAgo(r.age), caption: r.caption, kind: r.kind,
  sponsors: r.sponsor ? ['brand'] : [], paidPartnership: r.label,
}));

const snapshot = fc.record({
  platform: fc.constantFrom('instagram', 'tiktok', 'youtube'),
  followers: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }),
  posts: fc.array(post, { maxLength: 10 }),
  comments: fc.array(fc.constantFrom('Nice pic!', '🔥🔥', '@friend', 'Where is this trail?', 'My dog does this every morning too'), { maxLength: 12 }),
}).map((r): ProfileSnapshot => makeSnapshot({ ...r, comments: r.comments.map((t) => makeComment(t)), capturedAt: NOW.toISOString() }));

const history = fc.array(fc.record({ followers: fc.integer({ min: 0, max: 5_000_000 }), age: fc.double({ min: 0.5, max: 200, noNaN: true }) }), { maxLength: 3 })
  .map((hs) => hs.map((h) => makeSnapshot({ followers: h.followers, capturedAt: daysAgo(h.age) })));

const brand = fc.record({
  markets: fc.subarray([...Market.options], { minLength: 1 }),
  currency: fc.constantFrom('GBP', 'USD', 'EUR'),
  exclusivityDays: fc.integer({ min: 0, max: 365 }),
}).map((b) => BrandProfile.parse({
  name: 'Trailwear', ...b,
  competitors: [{ name: 'Peak Co', handles: ['peakco'], keywords: ['Peak Co'] }],
  checklist: [
    { id: 'sustainability', label: 'Sustainable', kind: 'auto', lookFor: ['thrifted'], avoid: ['haul'] },
    { id: 'style', label: 'Style fits', kind: 'manual' },
  ],
}));

const options = fc.record({ history, brand, answers: fc.constantFrom<Record<string, Answer>>({}, { style: 'yes' }, { style: 'no' }) })
  .map((o): ScoreOptions => ({ ...o, now: NOW }));

const withPost = (s: ProfileSnapshot, i: number, edit: (p: Post) => Post): ProfileSnapshot =>
  ({ ...s, posts: s.posts.map((p, k) => (k === i % s.posts.length ? edit(p) : p)) });

const AD_MARKETS: Market[] = ['UK', 'US', 'IE'];
// Hashtag forms: a bare word label followed by lower-case prose reads as prose to the disclosure module.
const OWN_LABEL: Record<Market, string> = { UK: '#ad', US: '#ad', IE: '#ad', DE: '#Werbung', FR: '#Publicité' };
const nonEmpty = snapshot.filter((s) => s.posts.length > 0);
const prefixed = (s: ProfileSnapshot, i: number, label: string): ProfileSnapshot =>
  withPost(s, i, (p) => ({ ...p, caption: `${label}${p.caption}`, hashtags: [label.slice(1).trim().toLowerCase(), ...p.hashtags] }));

describe('score: properties', () => {
  it('is deterministic and leaves its input untouched', () => {
    fc.assert(fc.property(snapshot, options, (s, o) => {
      const before = structuredClone({ s, o });
      expect(score(s, o)).toEqual(score(structuredClone(s), structuredClone(o)));
      expect({ s, o }).toEqual(before);
    }));
  });

  it('keeps every sub-score within 0–100 or null, and every flag well formed', () => {
    fc.assert(fc.property(snapshot, options, (s, o) => {
      const card = score(s, o);
      for (const v of [card.summary.metrics, card.summary.content, card.summary.risk, card.summary.overall]) {
        if (v !== null) expect(v >= 0 && v <= 100).toBe(true);
      }
      for (const f of card.flags) {
        expect(FlagId.options).toContain(f.id);
        // One plain sentence, never an accusation.
        expect(f.message).toMatch(/^[A-Z0-9].*[.)]$/su);
        expect(f.message).not.toMatch(/[.!?] [A-Z]|fraud/u);
      }
    }));
  });

  it('never lowers any market’s adequately-disclosed count when a post gains "#ad " up front', () => {
    fc.assert(fc.property(nonEmpty, options, fc.nat(), (s, o, i) => {
      const a = score(s, o).disclosure.markets;
      const b = score(prefixed(s, i, '#ad '), o).disclosure.markets;
      a.forEach((m, k) => expect(b[k]!.adequatelyDisclosed).toBeGreaterThanOrEqual(m.adequatelyDisclosed));
    }));
  });

  it('never lowers the content score when a post gains "#ad " up front, where "#ad" is a clear label (UK, US, IE)', () => {
    fc.assert(fc.property(nonEmpty, options, fc.nat(), fc.subarray(AD_MARKETS, { minLength: 1 }), (s, o, i, markets) => {
      const brand = BrandProfile.parse({ ...o.brand, markets });
      const before = score(s, { ...o, brand }).summary.content;
      const after = score(prefixed(s, i, '#ad '), { ...o, brand }).summary.content;
      if (before !== null) expect(after).toBeGreaterThanOrEqual(before);
    }));
  });

  it('never lowers the content score when a post gains the market’s own clear label up front', () => {
    fc.assert(fc.property(nonEmpty, options, fc.nat(), fc.constantFrom(...Market.options), (s, o, i, market) => {
      const brand = BrandProfile.parse({ ...o.brand, markets: [market] });
      const before = score(s, { ...o, brand }).summary.content;
      const after = score(prefixed(s, i, `${OWN_LABEL[market]} `), { ...o, brand }).summary.content;
      if (before !== null) expect(after).toBeGreaterThanOrEqual(before);
    }));
  });

  // Why the property above is per market: "#ad" is no label in Germany or France, so on a post
  // with no other commercial sign it turns an unremarkable post into an ad disclosed the wrong way.
  it('counts "#ad" as inadequate in FR, so there it may lower content (FR wants “Publicité”)', () => {
    const s = makeSnapshot({ posts: [makePost({ caption: 'Morning walk', publishedAt: daysAgo(3) })] });
    const o = { brand: BrandProfile.parse({ name: 'B', markets: ['FR'], checklist: [{ id: 'x', label: 'X', kind: 'manual' }] }), answers: { x: 'yes' as const }, now: NOW };
    expect(score(s, o).summary.content).toBe(100);
    expect(score(prefixed(s, 0, '#ad '), o).summary.content).toBe(50);
    expect(score(prefixed(s, 0, '#Publicité '), o).summary.content).toBe(100);
  });

  it('never raises the risk score when a post gains a competitor mention', () => {
    fc.assert(fc.property(nonEmpty, options, fc.nat(), fc.boolean(), (s, o, i, front) => {
      const mentioned = withPost(s, i, (p) => ({
        ...p, caption: front ? `@peakco ${p.caption}` : `${p.caption} @peakco`, mentions: [...p.mentions, 'peakco'],
      }));
      expect(score(mentioned, o).summary.risk!).toBeLessThanOrEqual(score(s, o).summary.risk!);
    }));
  });
});
