import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { scoreAndStoreVisit } from '@/lib/store/visits';
import { score } from '@/lib/core/scoring/score';
import { makePost, makeSnapshot } from '../../helpers/snapshots';
import { closeAll, freshDb } from './seed';

afterEach(closeAll);

describe('a post page visit after the profile', () => {
  it('scores with the profile\'s follower count, keeps the creator\'s count, and keeps the profile visit', async () => {
    const db = freshDb();
    const profile = makeSnapshot({ followers: 20_000, capturedAt: '2026-11-20T12:00:00.000Z' });
    await scoreAndStoreVisit(db, profile, null, (history, answers, visits) => score(profile, { history, answers, visits }));
    // Two minutes later, the same creator's post: no follower count on that page.
    const post = makeSnapshot({ followers: null, following: null, postsCount: null, posts: [makePost({ likes: 900, comments: 100 })], capturedAt: '2026-11-20T12:02:00.000Z' });
    const visit = await scoreAndStoreVisit(db, post, null, (history, answers, visits) => score(post, { history, answers, visits }));
    expect(visit.score.followersFrom?.followers).toBe(20_000);
    expect(visit.score.engagementRate).toBeCloseTo(1000 / 20_000, 12);
    const creator = await db.creators.get('instagram:sample.creator');
    expect([creator?.followers, creator?.followersApproximate]).toEqual([20_000, false]);
    const visits = await db.snapshots.toArray();
    expect(visits.map((v) => v.snapshot.followers)).toEqual([20_000, null]);
  });
});

describe('stored visits are checked on read', () => {
  it('leaves a malformed visit out of the history instead of breaking scoring, and keeps the row', async () => {
    const db = freshDb();
    const good = makeSnapshot({ followers: 20_000, capturedAt: '2026-10-01T12:00:00.000Z' });
    await scoreAndStoreVisit(db, good, null, (history, answers, visits) => score(good, { history, answers, visits }));
    // A row an older build (or a hand edit) left broken: its follower count is text.
    await db.snapshots.add({ creatorId: 'instagram:sample.creator', capturedAt: '2026-10-15T12:00:00.000Z', snapshot: { ...good, followers: 'lots' } as never });
    const now = makeSnapshot({ followers: null, capturedAt: '2026-11-20T12:00:00.000Z' });
    const visit = await scoreAndStoreVisit(db, now, null, (history, answers, visits) => score(now, { history, answers, visits }));
    expect(visit.history.map((h) => h.followers)).toEqual([20_000]);
    expect(visit.score.followersFrom?.followers).toBe(20_000);
    expect(await db.snapshots.count()).toBe(3);
  });
});
