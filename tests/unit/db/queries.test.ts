import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addToShortlist, shortlistView } from '@/lib/store/queries';
import { saveSnapshot } from '@/lib/store/visits';
import { MicroscopeDb } from '@/lib/store/schema';
import { score } from '@/lib/core/scoring/score';
import { makeSnapshot } from '../../helpers/snapshots';

let n = 0;
const open: MicroscopeDb[] = [];
function freshDb(): MicroscopeDb {
  const db = new MicroscopeDb(`test-${n++}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('saveSnapshot', () => {
  it('keeps one creator and appends each visit to its history', async () => {
    const db = freshDb();
    const first = makeSnapshot({ followers: 20_000, capturedAt: '2026-11-01T10:00:00.000Z' });
    const second = makeSnapshot({ followers: 21_000, capturedAt: '2026-11-08T10:00:00.000Z' });
    const a = await saveSnapshot(db, first, score(first));
    const b = await saveSnapshot(db, second, score(second));
    expect(a.history).toEqual([]);
    expect(b.history.map((s) => s.followers)).toEqual([20_000]);
    expect(await db.creators.count()).toBe(1);
    expect((await db.creators.get(b.creatorId))?.followers).toBe(21_000);
    expect(await db.snapshots.count()).toBe(2);
  });

  it('treats a rescore within ten minutes as the same visit, replacing it', async () => {
    const db = freshDb();
    const visit = makeSnapshot({ followers: 20_000, capturedAt: '2026-11-01T10:00:00.000Z' });
    const rescore = makeSnapshot({ followers: 20_003, capturedAt: '2026-11-01T10:04:00.000Z' });
    const later = makeSnapshot({ followers: 20_050, capturedAt: '2026-11-01T10:30:00.000Z' });
    await saveSnapshot(db, visit, score(visit));
    const r = await saveSnapshot(db, rescore, score(rescore));
    expect(r.history).toEqual([]);
    expect((await db.snapshots.toArray()).map((x) => x.snapshot.followers)).toEqual([20_003]);
    const l = await saveSnapshot(db, later, score(later));
    expect(l.history.map((s) => s.followers)).toEqual([20_003]);
    expect(await db.snapshots.count()).toBe(2);
  });
});

describe('addToShortlist', () => {
  it('creates the list on first use and is idempotent', async () => {
    const db = freshDb();
    const s = makeSnapshot();
    const { creatorId } = await saveSnapshot(db, s, score(s));
    expect(await addToShortlist(db, creatorId, 'Spring launch', '2026-11-20T12:00:00.000Z')).toEqual(['Spring launch']);
    expect(await addToShortlist(db, creatorId, 'Spring launch', '2026-11-20T12:01:00.000Z')).toEqual(['Spring launch']);
    expect(await db.entries.count()).toBe(1);
    const view = await shortlistView(db);
    expect(view).toHaveLength(1);
    expect(view[0]!.entry.status).toBe('prospect');
    expect(view[0]!.creator.handle).toBe('sample.creator');
  });

  it('ends with one entry when two tabs add the same creator at once', async () => {
    const db = freshDb();
    const s = makeSnapshot();
    const { creatorId } = await saveSnapshot(db, s, score(s));
    await Promise.all([
      addToShortlist(db, creatorId, 'Team', '2026-11-20T12:00:00.000Z'),
      addToShortlist(db, creatorId, 'Team', '2026-11-20T12:00:00.000Z'),
    ]);
    expect(await db.entries.count()).toBe(1);
    expect(await db.shortlists.count()).toBe(1);
  });

  it('refuses an unknown creator and leaves nothing behind', async () => {
    const db = freshDb();
    await expect(addToShortlist(db, 'instagram:nobody', 'Team', '2026-11-20T12:00:00.000Z')).rejects.toThrow(/score it first/);
    expect(await db.shortlists.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
  });
});
