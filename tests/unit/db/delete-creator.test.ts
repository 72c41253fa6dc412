import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteCreatorData, restoreCreatorData } from '@/lib/store/creators';
import { addToShortlist } from '@/lib/store/queries';
import { closeAll, dumpDb, freshDb, seedCreator } from './seed';

afterEach(closeAll);

describe('deleting everything about one creator', () => {
  it('removes its profile, visits, scorecard, entries on every campaign and dashboard rows, and unlinks it; others stay', async () => {
    const db = freshDb();
    const ann = await seedCreator(db, 'ann', 'Spring');
    await addToShortlist(db, ann, 'Autumn', '2026-11-03T10:00:00.000Z');
    const bob = await seedCreator(db, 'bob', 'Spring', { platform: 'tiktok' });
    await db.creators.update(bob, { links: [ann] });
    await db.creators.update(ann, { links: [bob] });
    const before = await dumpDb(db);

    const deleted = await deleteCreatorData(db, ann);
    expect(await db.creators.get(ann)).toBeUndefined();
    expect(await db.snapshots.where('creatorId').equals(ann).count()).toBe(0);
    expect(await db.scorecards.get(ann)).toBeUndefined();
    expect(await db.entries.where('creatorId').equals(ann).count()).toBe(0);
    expect((await db.dashRows.toArray()).map((r) => r.creatorId)).toEqual([bob]);
    expect((await db.creators.get(bob))?.links).toEqual([]);
    expect(await db.shortlists.count()).toBe(2);

    // Undo puts every row back as it was.
    await restoreCreatorData(db, deleted);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses to bring the deleted data back over a creator scored again since, and to delete one already gone', async () => {
    const db = freshDb();
    const ann = await seedCreator(db, 'ann', 'Spring');
    const deleted = await deleteCreatorData(db, ann);
    await expect(deleteCreatorData(db, ann)).rejects.toThrow(/no longer stored/);
    await seedCreator(db, 'ann', 'Spring', { capturedAt: '2026-11-05T10:00:00.000Z' });
    const now = await dumpDb(db);
    await expect(restoreCreatorData(db, deleted)).rejects.toThrow(/scored again since/);
    expect(await dumpDb(db)).toEqual(now);
  });
});
