import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { setAnswer } from '@/lib/store/answers';
import { exportCsv } from '@/lib/store/exchange';
import { addToShortlist, shortlistView } from '@/lib/store/queries';
import { scoreAndStoreVisit } from '@/lib/store/visits';
import { BrandProfile } from '@/lib/core/model/brand';
import { summaryOf } from '@/lib/core/scoring/summary-of';
import { withAnswers } from '@/lib/core/scoring/entry-score';
import { score } from '@/lib/core/scoring/score';
import type { Answer } from '@/lib/core/scoring/value-fit';
import { cleanPosts, makeSnapshot, NOW } from '../../helpers/snapshots';
import { closeAll, freshDb, listId } from './seed';

afterEach(closeAll);

const brand = BrandProfile.parse({
  name: 'Acme',
  checklist: [
    { id: 'content-style', label: 'Content style fits', kind: 'manual', lookFor: [], avoid: [] },
    { id: 'tone', label: 'Tone suits the brief', kind: 'manual', lookFor: [], avoid: [] },
    { id: 'eco', label: 'Sustainability', kind: 'auto', lookFor: ['sustainable'], avoid: ['haul'] },
  ],
});
const snap = makeSnapshot({ handle: 'ann', profileUrl: 'https://www.instagram.com/ann/', bio: 'Sustainable style', posts: cleanPosts(12) });

/** Scores with the answers the background uses for this campaign, and stores the visit, as the background does. */
async function scoreFor(db: ReturnType<typeof freshDb>, campaign: string | null) {
  const visit = await scoreAndStoreVisit(db, snap, campaign, (history, answers) => score(snap, { brand, answers, history, now: NOW }));
  return { ctx: { answers: visit.answers, campaign: visit.campaign }, card: visit.score };
}

describe('manual answers belong to a campaign (shortlist entry)', () => {
  it('keeps each list’s answers apart, and the dashboard and CSV show each list its own value fit', async () => {
    const db = freshDb();
    await scoreFor(db, null);
    await setAnswer(db, 'instagram:ann', 'content-style', 'yes');
    // Both lists start from the scout's latest answers.
    await addToShortlist(db, 'instagram:ann', 'Spring', '2026-11-02T10:00:00.000Z');
    await addToShortlist(db, 'instagram:ann', 'B2B webinar', '2026-11-02T10:00:00.000Z');
    await setAnswer(db, 'instagram:ann', 'content-style', 'no', 'B2B webinar', '2026-11-03T10:00:00.000Z');
    await setAnswer(db, 'instagram:ann', 'tone', 'no', 'B2B webinar', '2026-11-03T10:00:00.000Z');
    expect((await db.entries.toArray()).map((e) => e.answers)).toEqual([{ 'content-style': 'yes' }, { 'content-style': 'no', tone: 'no' }]);

    await scoreFor(db, 'Spring');
    const rows = await shortlistView(db);
    const fit = Object.fromEntries(rows.map((r) => [r.shortlist.name, r.score.valueFit]));
    // Spring: eco (auto) passes and content-style yes → 2/2; B2B: eco passes, two no → 1/3.
    expect(fit).toEqual({ Spring: 1, 'B2B webinar': 1 / 3 });
    const overall = Object.fromEntries(rows.map((r) => [r.shortlist.name, r.score.summary.overall]));
    expect(overall.Spring).toBeGreaterThan(overall['B2B webinar']!);
    const csv = await exportCsv(db);
    expect(csv).toMatch(/,1,[^\r\n]*,Spring,/);
    expect(csv).toMatch(/,0\.3333,[^\r\n]*,B2B webinar,/);
  });

  it('scores with the campaign asked for, else the most recently edited entry, else the creator’s own answers', async () => {
    const db = freshDb();
    await scoreFor(db, null);
    await setAnswer(db, 'instagram:ann', 'tone', 'yes');
    expect((await scoreFor(db, 'Spring')).ctx).toMatchObject({ campaign: null, answers: { tone: 'yes' } });
    await addToShortlist(db, 'instagram:ann', 'Spring', '2026-11-02T10:00:00.000Z');
    await addToShortlist(db, 'instagram:ann', 'Autumn', '2026-11-02T10:00:00.000Z');
    await setAnswer(db, 'instagram:ann', 'tone', 'no', 'Autumn', '2026-11-05T10:00:00.000Z');
    expect((await scoreFor(db, 'Spring')).ctx).toMatchObject({ campaign: 'Spring', answers: { tone: 'yes' } });
    expect((await scoreFor(db, 'Not a list')).ctx).toMatchObject({ campaign: 'Autumn', answers: { tone: 'no' } });
    expect((await scoreFor(db, null)).ctx).toMatchObject({ campaign: 'Autumn' });
  });

  it('refuses an answer for a list the creator is not on, changing nothing', async () => {
    const db = freshDb();
    await scoreFor(db, null);
    await addToShortlist(db, 'instagram:ann', 'Spring', '2026-11-02T10:00:00.000Z');
    const before = [await db.creators.toArray(), await db.entries.toArray()];
    await expect(setAnswer(db, 'instagram:ann', 'tone', 'yes', 'Autumn')).rejects.toThrow(/not on “Autumn”/);
    expect([await db.creators.toArray(), await db.entries.toArray()]).toEqual(before);
    expect(await listId(db, 'Spring')).toBeGreaterThan(0);
  });
});

describe('withAnswers', () => {
  it('gives exactly what scoring afresh with those answers gives', () => {
    const answer = fc.constantFrom<Answer | undefined>('yes', 'no', 'unsure', undefined);
    const answers = fc.record({ 'content-style': answer, tone: answer }).map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Record<string, Answer>);
    const bios = fc.constantFrom('Sustainable style', 'Weekly haul', 'Hello', 'Sustainable haul');
    // Without posts (a private account) the answers alone must not make an overall either way.
    fc.assert(fc.property(answers, answers, bios, fc.boolean(), (scoredWith, applied, bio, noPosts) => {
      const s = { ...snap, bio, ...(noPosts ? { posts: [], comments: [], isPrivate: true } : {}) };
      const stored = summaryOf(score(s, { brand, answers: scoredWith, now: NOW }));
      expect(withAnswers(stored, applied)).toEqual(summaryOf(score(s, { brand, answers: applied, now: NOW })));
    }), { numRuns: 200 });
  });
});
