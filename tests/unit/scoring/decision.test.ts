import { describe, expect, it } from 'vitest';
import { decide, SHORTLIST_AT, SKIP_BELOW, type DecisionInput } from '@/lib/core/scoring/decision';
import { decisionInputOfCard, decisionInputOfRow } from '@/lib/core/scoring/decision-input';
import { confidenceOf } from '@/lib/core/scoring/confidence';
import { score } from '@/lib/core/scoring/score';
import { BrandProfile } from '@/lib/core/model/brand';
import { makePost, makeSnapshot } from '../../helpers/snapshots';

/** A creator a scout would shortlist: typical engagement, no flags, 12 posts, in a 10k–100k brief. */
const GOOD: DecisionInput = {
  followers: 38_000, followersApproximate: false, isPrivate: false, flags: [], riskIds: [],
  engagementRate: 0.034, engagementApproximate: false, engagementVerdict: 'typical', benchmark: { low: 0.01, high: 0.05 },
  overall: 82, postsUsed: 12,
};
const BRIEF = { followerRange: { low: 10_000, high: 100_000 } };
const with_ = (over: Partial<DecisionInput>) => decide({ ...GOOD, ...over }, BRIEF);

describe('decide: without a dealbreaker the overall score and the sample decide', () => {
  it('Shortlist at a good overall with no risk and a fair sample, with the two reasons that drove it', () => {
    const d = decide(GOOD, BRIEF);
    expect(d).toMatchObject({ kind: 'shortlist', word: 'Shortlist', confidence: { level: 'high', label: '12 posts · high' } });
    expect(d.reasons.map((r) => r.text)).toEqual(['Engagement 3.40%, within the typical 1.00%–5.00%', 'No risks found in 12 posts']);
  });

  it(`Check below ${SHORTLIST_AT}, Skip below ${SKIP_BELOW}`, () => {
    expect(with_({ overall: SHORTLIST_AT - 1 }).kind).toBe('check');
    expect(with_({ overall: SKIP_BELOW - 1 }).kind).toBe('skip');
  });

  it('Check when too few posts were read to trust the median, and says so first', () => {
    const d = with_({ postsUsed: 3 });
    expect(d.kind).toBe('check');
    expect(d.reasons[0]!.text).toMatch(/^Only 3 post\(s\) to judge/);
  });

  it('Check when nothing on the page could be judged, never a made-up Skip', () => {
    expect(with_({ overall: null, engagementRate: null, engagementVerdict: null }).kind).toBe('check');
  });

  it('Check when a risk was found even at a high overall', () => {
    const d = with_({ flags: [{ id: 'generic-comments', message: 'Half the comments are generic.' }], riskIds: ['generic-comments'] });
    expect(d.kind).toBe('check');
    expect(d.reasons[0]).toMatchObject({ text: 'Half the comments are generic.', anchor: 'flags' });
  });
});

describe('decide: each dealbreaker caps the decision, whatever the score', () => {
  it('a private account is Skip', () => {
    const d = with_({ isPrivate: true, overall: 95 });
    expect(d.kind).toBe('skip');
    expect(d.reasons[0]).toMatchObject({ anchor: 'account', dealbreaker: true });
  });

  it('a competitor post inside the exclusivity window is Skip, quoting the flag', () => {
    const d = with_({ overall: 85, flags: [{ id: 'competitor-mention', message: 'Mentioned Rival within your 90-day exclusivity window (or on an undated post).' }], riskIds: ['competitor-mention'] });
    expect(d.kind).toBe('skip');
    expect(d.reasons[0]).toEqual({ text: 'Mentioned Rival within your 90-day exclusivity window (or on an undated post).', anchor: 'competitors', dealbreaker: true });
  });

  it('followers outside the brief are Skip; a rounded count near its edge only Check; no range, no cap', () => {
    const over = with_({ followers: 250_000 });
    expect(over.kind).toBe('skip');
    expect(over.reasons[0]).toMatchObject({ text: '250k followers, outside your 10k–100k brief', anchor: 'followers' });
    expect(with_({ followers: 9_000 }).kind).toBe('skip');
    const edge = with_({ followers: 102_000, followersApproximate: true });
    expect(edge.kind).toBe('check');
    expect(edge.reasons[0]!.text).toBe('≈102k followers, outside your 10k–100k brief');
    expect(decide({ ...GOOD, followers: 250_000 }, { followerRange: null }).kind).toBe('shortlist');
  });

  it('an undisclosed ad is at best Check', () => {
    const d = with_({ overall: 90, flags: [{ id: 'undisclosed-sponsorship' }], riskIds: [] });
    expect(d.kind).toBe('check');
    expect(d.reasons[0]).toMatchObject({ anchor: 'disclosure', dealbreaker: true });
  });

  it('suspiciously high engagement is at best Check, worded as worth a look', () => {
    const d = with_({ engagementVerdict: 'suspiciously-high', engagementRate: 0.2 });
    expect(d.kind).toBe('check');
    expect(d.reasons[0]!.text).toBe('Engagement 20.00%, far above the typical 1.00%–5.00%: worth a look before you contact them');
  });

  it('a dealbreaker never lifts a low score: Skip stays Skip', () => {
    expect(with_({ overall: 20, flags: [{ id: 'undisclosed-sponsorship' }] }).kind).toBe('skip');
  });
});

describe('the decision from a real score', () => {
  const brand = BrandProfile.parse({ name: 'Acme', markets: ['UK'] });
  const posts = Array.from({ length: 12 }, (_, i) => makePost({ likes: 1_200 + i * 10, comments: 40, publishedAt: `2026-10-${String(10 + i).padStart(2, '0')}T12:00:00.000Z` }));

  it('an undisclosed ad makes a well-scored creator Check, with the ad as the first reason', () => {
    const ad = makePost({ caption: 'Use my code ANNA20 for 20% off at @gymshark', likes: 1_250, comments: 40, publishedAt: '2026-10-25T12:00:00.000Z' });
    const snap = makeSnapshot({ followers: 40_000, posts: [...posts, ad] });
    const card = score(snap, { brand, now: new Date('2026-11-01T00:00:00Z') });
    expect(card.summary.overall).toBeGreaterThanOrEqual(SKIP_BELOW);
    const d = decide(decisionInputOfCard(card, snap), BRIEF);
    expect(d.kind).toBe('check');
    expect(d.reasons[0]).toMatchObject({ anchor: 'disclosure', dealbreaker: true });
  });

  it('reads the same from the dashboard row as from the scorecard when no sentence is needed', () => {
    const snap = makeSnapshot({ followers: 40_000, posts });
    const card = score(snap, { brand, now: new Date('2026-11-01T00:00:00Z') });
    const fromCard = decide(decisionInputOfCard(card, snap), BRIEF);
    const fromRow = decide(decisionInputOfRow({
      followers: 40_000, followersApproximate: false, isPrivate: false, flags: card.flags.map((f) => f.id), riskIds: card.flags.filter((f) => f.severity === 'risk').map((f) => f.id),
      engagementRate: card.engagementRate, engagementApproximate: false, engagementVerdict: card.engagement.verdict, overall: card.summary.overall, postsUsed: card.postsUsed,
    }), BRIEF);
    expect(fromRow.kind).toBe(fromCard.kind);
  });

  it('on a post page, checks the brief against the followers of the scout\'s last visit', () => {
    const snap = makeSnapshot({ followers: null, posts });
    const card = { ...score(snap, { brand, now: new Date('2026-11-01T00:00:00Z') }), followersFrom: { followers: 500_000, capturedAt: '2026-10-01T00:00:00Z', approximate: false } };
    expect(decisionInputOfCard(card, snap).followers).toBe(500_000);
    expect(decide(decisionInputOfCard(card, snap), BRIEF).kind).toBe('skip');
  });
});

describe('confidenceOf', () => {
  it('grades the sample by posts used, and never calls an unknown sample small', () => {
    expect([0, 3, 6, 11, 12].map((n) => confidenceOf(n).label)).toEqual(['no posts', '3 posts · low', '6 posts · medium', '11 posts · medium', '12 posts · high']);
    expect(confidenceOf(null)).toEqual({ level: 'unknown', label: 'sample unknown' });
  });
});
