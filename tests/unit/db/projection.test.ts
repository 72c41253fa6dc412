import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { UPGRADES } from '@/lib/store/upgrades';
import { dashboardRows } from '@/lib/store/dashboard-rows';
import { deleteEntries, patchEntries, restoreEntries, unlinkCreators } from '@/lib/store/dashboard-queries';
import { deleteCampaign, restoreCampaign } from '@/lib/store/campaigns';
import { updateEntry, linkCreators } from '@/lib/store/shortlists';
import { setAnswer } from '@/lib/store/answers';
import { backupJson, restoreBackup } from '@/lib/store/backup';
import { commitImport, exportCsv, previewCsvImport } from '@/lib/store/exchange';
import type { MicroscopeDb } from '@/lib/store/schema';
import { bytesOf, closeAll, freshDb, listId, seedCreator } from './seed';

afterEach(closeAll);

const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);

/** The projection as stored, and as it would be built afresh from entries and creators (the v4 upgrade's own code). */
async function expectInStep(db: MicroscopeDb): Promise<void> {
  const stored = byId(await db.dashRows.toArray());
  const fresh = UPGRADES[4]!.run({ creators: await db.creators.toArray(), entries: await db.entries.toArray() }).dashRows as Array<{ id: number }>;
  expect(stored).toEqual(byId(fresh));
}

describe('the dashboard projection (dashRows)', () => {
  it('stays equal to a rebuild from entries and creators after every kind of write', async () => {
    const db = freshDb();
    const ann = await seedCreator(db, 'ann');
    await seedCreator(db, 'bo', 'Autumn', { platform: 'youtube', followers: 150_000 });
    await seedCreator(db, 'cy', 'Spring launch', { platform: 'tiktok' });
    await expectInStep(db);
    expect(await db.dashRows.count()).toBe(3);
    // A later visit rescores the creator: its row follows.
    await seedCreator(db, 'ann', 'Spring launch', { followers: 99_000, capturedAt: '2026-11-09T10:00:00.000Z' });
    await expectInStep(db);
    expect((await dashboardRows(db)).find((r) => r.creator.id === ann)?.creator.followers).toBe(99_000);
    // Entry edits, one and bulk; a campaign's answer moves the entry's score.
    const entry = (await db.entries.where('creatorId').equals(ann).first())!;
    await updateEntry(db, entry.id!, { status: 'agreed', tags: ['uk'], notes: 'Call', quotedRate: { amount: 350, currency: 'GBP' } }, '2026-11-03T10:00:00.000Z');
    await setAnswer(db, ann, 'content-style', 'no', 'Spring launch');
    const ids = (await db.entries.toArray()).map((e) => e.id!);
    const before = await patchEntries(db, ids, () => ({ status: 'contacted' }), '2026-11-04T10:00:00.000Z');
    await expectInStep(db);
    // Bulk delete and its undo.
    const removed = await deleteEntries(db, ids.slice(0, 2));
    await expectInStep(db);
    expect(await db.dashRows.count()).toBe(1);
    await restoreEntries(db, { removed });
    await restoreEntries(db, { changes: before });
    await expectInStep(db);
    // A campaign deleted with its entries, and undone.
    const deleted = await deleteCampaign(db, await listId(db));
    await expectInStep(db);
    await restoreCampaign(db, deleted);
    await expectInStep(db);
    // Links, and a hand edit of creators and entries (as tests and a future feature might).
    await linkCreators(db, ann, 'youtube:bo');
    await unlinkCreators(db, ann, 'youtube:bo');
    await db.creators.where('platform').equals('tiktok').modify({ followers: null });
    await db.entries.where('status').equals('contacted').modify({ notes: 'bulk' });
    await expectInStep(db);
    // A creator gone takes its rows out of the dashboard; the entry itself stays.
    await db.creators.delete('tiktok:cy');
    await expectInStep(db);
    expect((await dashboardRows(db)).map((r) => r.creator.handle).sort()).toEqual(['ann', 'bo']);
    await db.creators.clear();
    await expectInStep(db);
    expect(await db.dashRows.count()).toBe(0);
  });

  it('is rebuilt by a restore and by an import, and never written into a backup', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    await seedCreator(db, 'bobby', 'Spring launch', { platform: 'youtube' });
    const backup = await backupJson(db);
    expect(JSON.parse(backup).data.data.map((t: { tableName: string }) => t.tableName)).not.toContain('dashRows');
    const other = freshDb();
    await seedCreator(other, 'zed');
    expect((await restoreBackup(other, backup)).ok).toBe(true);
    await expectInStep(other);
    expect((await dashboardRows(other)).map((r) => r.creator.handle).sort()).toEqual(['ann', 'bobby']);
    // A teammate imports the CSV into an empty list.
    const teammate = freshDb();
    await seedCreator(teammate, 'cy');
    const list = await teammate.shortlists.add({ name: 'Shared', brief: '', createdAt: '2026-11-01T10:00:00.000Z', startsOn: null, endsOn: null, extraColumns: [] });
    const preview = await previewCsvImport(teammate, list, bytesOf(await exportCsv(db)));
    if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
    await commitImport(teammate, list, preview.value, {}, '2026-11-05T10:00:00.000Z');
    await expectInStep(teammate);
    expect((await dashboardRows(teammate)).map((r) => `${r.shortlist.name}:${r.creator.handle}`).sort()).toEqual(['Shared:ann', 'Shared:bobby', 'Spring launch:cy']);
  });

  it('leaves a failed write and its projection as they were', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const before = await db.dashRows.toArray();
    await expect(db.transaction('rw', db.entries, async () => {
      await db.entries.toCollection().modify({ notes: 'half-done' });
      throw new Error('stop');
    })).rejects.toThrow('stop');
    expect(await db.dashRows.toArray()).toEqual(before);
  });
});
