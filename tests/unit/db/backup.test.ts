import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { backupJson, restoreBackup } from '@/lib/store/backup';
import { updateEntry, linkCreators } from '@/lib/store/shortlists';
import { saveBrand } from '@/lib/store/settings';
import { BrandProfile } from '@/lib/core/model/brand';
import { closeAll, dumpDb, freshDb, seedCreator } from './seed';

afterEach(closeAll);

describe('backup and restore', () => {
  it('round-trips random databases losslessly', async () => {
    const handle = fc.stringMatching(/^[a-z0-9._]{1,20}$/);
    const entry = fc.record({
      status: fc.constantFrom('prospect', 'contacted', 'negotiating', 'agreed', 'declined' as const),
      tags: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
      notes: fc.string({ maxLength: 40, unit: 'grapheme' }),
      extra: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 2 }),
    });
    await fc.assert(fc.asyncProperty(
      fc.uniqueArray(fc.record({ handle, list: fc.constantFrom('A', 'B'), followers: fc.nat(10_000_000), entry }), { selector: (c) => c.handle, maxLength: 5 }),
      async (creators) => {
        const db = freshDb();
        for (const c of creators) {
          const id = await seedCreator(db, c.handle, c.list, { followers: c.followers });
          const row = await db.entries.where('creatorId').equals(id).first();
          await updateEntry(db, row!.id!, c.entry, '2026-11-03T10:00:00.000Z');
        }
        if (creators.length > 1) await linkCreators(db, `instagram:${creators[0]!.handle}`, `instagram:${creators[1]!.handle}`);
        await saveBrand(db, BrandProfile.parse({ name: 'Acme' }));
        const before = await dumpDb(db);
        const copy = freshDb();
        const restored = await restoreBackup(copy, await backupJson(db));
        expect(restored.ok).toBe(true);
        expect(await dumpDb(copy)).toEqual(before);
      },
    ), { numRuns: 15 });
  });

  it('refuses a newer schema and leaves the database as it was', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const file = JSON.parse(await backupJson(db));
    file.data.databaseVersion = 99;
    const before = await dumpDb(db);
    const r = await restoreBackup(db, JSON.stringify(file));
    expect(!r.ok && r.problems[0]!.message).toMatch(/newer Microscope \(schema 99/);
    expect(await dumpDb(db)).toEqual(before);
  });

  /** A backup as an older build wrote it: the full scorecard on the creator, no scorecards table before v3. */
  function asOlderBackup(json: string, version: 1 | 2) {
    const file = JSON.parse(json);
    file.data.databaseVersion = version;
    const tables = file.data.data as Array<{ tableName: string; rows: Array<Record<string, unknown>> }>;
    const cards = new Map(tables.find((t) => t.tableName === 'scorecards')!.rows.map((r) => [r.creatorId, r.scorecard]));
    for (const c of tables.find((t) => t.tableName === 'creators')!.rows) c.lastScore = cards.get(c.id);
    for (const e of tables.find((t) => t.tableName === 'entries')!.rows) e.answers = {};
    file.data.data = tables.filter((t) => t.tableName !== 'scorecards');
    if (version === 1) for (const t of file.data.data) for (const row of t.rows) for (const k of ['links', 'scoreSource', 'startsOn', 'endsOn', 'extraColumns', 'answers', 'quotedRate', 'extra']) delete row[k];
    return file;
  }

  for (const version of [1, 2] as const) {
    it(`upgrades a version-${version} backup to what this version would have stored`, async () => {
      const db = freshDb();
      await seedCreator(db, 'ann');
      await seedCreator(db, 'bo');
      const copy = freshDb();
      const r = await restoreBackup(copy, JSON.stringify(asOlderBackup(await backupJson(db), version)));
      expect(r.ok && r.value.upgradedFrom).toBe(version);
      expect(await dumpDb(copy)).toEqual(await dumpDb(db));
    });
  }

  it('refuses damaged files whole', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const good = await backupJson(db);
    const before = await dumpDb(db);
    const badRow = JSON.parse(good);
    badRow.data.data.find((t: { tableName: string }) => t.tableName === 'entries').rows[0].shortlistId = 42;
    const badField = JSON.parse(good);
    badField.data.data.find((t: { tableName: string }) => t.tableName === 'creators').rows[0].platform = 'myspace';
    for (const [text, why] of [['{"formatName":', /not JSON/], ['{"hello":1}', /not a Microscope backup/], [JSON.stringify(badRow), /missing shortlist or creator/], [JSON.stringify(badField), /creators row 1: platform/]] as const) {
      const r = await restoreBackup(db, text);
      expect(!r.ok && r.problems.map((p) => p.message).join('\n')).toMatch(why);
    }
    expect(await dumpDb(db)).toEqual(before);
  });
});
