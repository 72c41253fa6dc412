import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { commitImport, exportCsv, previewCsvImport, type ConflictChoices } from '@/lib/store/exchange';
import type { MicroscopeDb } from '@/lib/store/schema';
import { CSV_COLUMNS } from '@/lib/core/csv/columns';
import { addToShortlist, shortlistView } from '@/lib/store/queries';
import { saveSnapshot } from '@/lib/store/visits';
import { score } from '@/lib/core/scoring/score';
import { cleanPosts, makeSnapshot } from '../../helpers/snapshots';
import { bytesOf, closeAll, dumpDb, freshDb, listId, seedCreator } from './seed';

afterEach(closeAll);

/** A teammate's copy: our export, edited as a scout would in a spreadsheet. */
function edit(csv: string, change: (rows: Record<string, string>[]) => Record<string, string>[], fields?: string[]): Uint8Array {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const rows = change(parsed.data);
  return bytesOf(`\uFEFF${Papa.unparse({ fields: fields ?? parsed.meta.fields!, data: rows.map((r) => (fields ?? parsed.meta.fields!).map((f) => r[f] ?? '')) }, { newline: '\r\n' })}\r\n`);
}

async function importInto(db: MicroscopeDb, list: number, file: Uint8Array, choices: ConflictChoices = {}) {
  const preview = await previewCsvImport(db, list, file);
  if (!preview.ok) throw new Error(JSON.stringify(preview.problems));
  await commitImport(db, list, preview.value, choices, '2026-11-21T09:00:00.000Z');
  return preview.value;
}

describe('export scope', () => {
  it('exports one campaign or all of them', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann', 'Spring');
    await seedCreator(db, 'bob', 'Autumn');
    const all = Papa.parse<Record<string, string>>((await exportCsv(db)).slice(1), { header: true, skipEmptyLines: true });
    expect(all.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(all.data.map((r) => r.handle).sort()).toEqual(['ann', 'bob']);
    const one = Papa.parse<Record<string, string>>((await exportCsv(db, await listId(db, 'Autumn'))).slice(1), { header: true, skipEmptyLines: true });
    expect(one.data.map((r) => `${r.handle} ${r.campaign}`)).toEqual(['bob Autumn']);
  });
});

describe('import and merge', () => {
  it('previews new, changed and conflicting rows, then commits the scout\'s choices', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    await seedCreator(db, 'bob');
    await seedCreator(db, 'cat');
    const list = await listId(db);
    const file = edit(await exportCsv(db, list), (rows) => [
      ...rows.map((r) => (r.handle === 'ann' ? { ...r, status: 'contacted', notes: 'Replied by DM', tags: 'vegan' }
        : r.handle === 'bob' ? { ...r, status: 'agreed', last_scored_at: '2026-11-15T10:00:00.000Z', followers: '25000', overall: '71' } : r)),
      { ...rows[0]!, handle: 'dee', display_name: 'Dee', profile_url: 'https://www.instagram.com/dee/', status: '', notes: '=cmd|calc', tags: '' },
    ]);
    const preview = await previewCsvImport(db, list, file);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    const p = preview.value;
    expect(p.added.map((r) => r.key)).toEqual(['instagram:dee']);
    expect(p.changed.map((r) => r.key).sort()).toEqual(['instagram:ann', 'instagram:bob']);
    expect(p.unchanged).toBe(1);
    expect(p.conflicts).toEqual([
      { key: 'instagram:ann', row: 2, ours: 'prospect', theirs: 'contacted' },
      { key: 'instagram:bob', row: 3, ours: 'prospect', theirs: 'agreed' },
    ]);
    await expect(commitImport(db, list, p, { 'instagram:ann': 'theirs' })).rejects.toThrow(/instagram:bob/);
    await commitImport(db, list, p, { 'instagram:ann': 'theirs', 'instagram:bob': 'ours' }, '2026-11-21T09:00:00.000Z');
    const entries = new Map((await db.entries.toArray()).map((e) => [e.creatorId, e]));
    expect(entries.get('instagram:ann')).toMatchObject({ status: 'contacted', notes: 'Replied by DM', tags: ['vegan'] });
    expect(entries.get('instagram:bob')?.status).toBe('prospect');
    expect(entries.get('instagram:dee')).toMatchObject({ status: 'prospect', notes: '=cmd|calc' });
    const bob = await db.creators.get('instagram:bob');
    expect(bob).toMatchObject({ followers: 25_000, lastScoredAt: '2026-11-15T10:00:00.000Z', scoreSource: 'import' });
    expect(bob?.lastScore.summary.overall).toBe(71);
  });

  it('keeps our newer score and unites notes and tags', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann', 'Spring launch', { capturedAt: '2026-11-10T10:00:00.000Z' });
    const list = await listId(db);
    const entry = (await db.entries.toArray())[0]!;
    await db.entries.update(entry.id!, { notes: 'Met at the fair', tags: ['uk'] });
    const before = await db.creators.get('instagram:ann');
    const file = edit(await exportCsv(db, list), (rows) => rows.map((r) => ({ ...r, followers: '1', last_scored_at: '2026-11-01T10:00:00.000Z', notes: 'Met at the fair\nAsked for rates', tags: 'uk; food' })));
    const p = await importInto(db, list, file);
    expect(p.conflicts).toEqual([]);
    expect(await db.creators.get('instagram:ann')).toEqual(before);
    expect((await db.entries.get(entry.id!))).toMatchObject({ notes: 'Met at the fair\nAsked for rates', tags: ['uk', 'food'] });
  });

  it('keeps the scout\'s own columns where they were, on the next export', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const list = await listId(db);
    const csv = await exportCsv(db, list);
    const fields = ['Owner', ...CSV_COLUMNS.slice(0, 3), 'Agency', ...CSV_COLUMNS.slice(3)];
    await importInto(db, list, edit(csv, (rows) => rows.map((r) => ({ ...r, Owner: 'Priya', Agency: '+44 20 7946 0000' })), fields));
    const again = Papa.parse<Record<string, string>>((await exportCsv(db, list)).slice(1), { header: true, skipEmptyLines: true });
    expect(again.meta.fields).toEqual(fields);
    expect(again.data[0]).toMatchObject({ Owner: 'Priya', Agency: "'+44 20 7946 0000" });
  });

  it('round-trips its own export without changing anything', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    await seedCreator(db, 'bob');
    const list = await listId(db);
    const before = await dumpDb(db);
    const preview = await previewCsvImport(db, list, bytesOf(await exportCsv(db, list)));
    expect(preview.ok && preview.value).toMatchObject({ added: [], changed: [], conflicts: [], unchanged: 2 });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('carries rounded counts through a teammate’s browser: the flags say so, and the import shows ≈ again', async () => {
    const db = freshDb();
    const snapshot = makeSnapshot({ platform: 'youtube', handle: 'ByteSizedBench', profileUrl: 'https://www.youtube.com/@ByteSizedBench', followers: 24_100, approximate: ['followers'], posts: cleanPosts(6, { kind: 'video', views: 9_000 }), capturedAt: '2026-11-20T12:00:00.000Z' });
    await saveSnapshot(db, snapshot, score(snapshot));
    await addToShortlist(db, 'youtube:bytesizedbench', 'Spring', '2026-11-20T12:00:00.000Z');
    const csv = await exportCsv(db);
    const [row] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(row!.followers).toBe('24100');
    expect((row!.flags ?? '').split('; ')).toEqual(expect.arrayContaining(['rounded-followers', 'approximate-engagement']));
    const teammate = freshDb();
    const list = await teammate.shortlists.add({ name: 'Spring', brief: '', createdAt: '2026-11-21T09:00:00.000Z', startsOn: null, endsOn: null, extraColumns: [] });
    await importInto(teammate, list, bytesOf(csv));
    const [view] = await shortlistView(teammate);
    expect(view!.creator).toMatchObject({ followers: 24_100, followersApproximate: true, scoreSource: 'import' });
    expect(view!.score.engagementApproximate).toBe(true);
    // A creator stored before the notes existed: its stored "≈" still reaches the file.
    await db.creators.where('id').equals('youtube:bytesizedbench').modify((c) => { c.lastScore = { ...c.lastScore, flags: [] }; });
    const older = Papa.parse<Record<string, string>>((await exportCsv(db)).slice(1), { header: true, skipEmptyLines: true }).data[0]!;
    expect(older.flags).toBe('rounded-followers; approximate-engagement');
    // Without the notes (a hand-made row), counts are taken as shown.
    const plain = edit(csv, (rows) => rows.map((r) => ({ ...r, handle: 'other', profile_url: 'https://www.youtube.com/@other', flags: '' })));
    await importInto(teammate, list, plain);
    expect(await teammate.creators.get('youtube:other')).toMatchObject({ followersApproximate: false, lastScore: { engagementApproximate: false } });
  });
});
