// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/dashboard/App';
import { backupJson, restoreBackup } from '@/lib/store/backup';
import { saveBrand } from '@/lib/store/settings';
import { BrandProfile } from '@/lib/core/model/brand';
import { closeAll, dumpDb, freshDb, seedCreator } from '../unit/db/seed';

// Finding 1 of the review (issue 13): a backup holding only `settings: []` emptied every table,
// a duplicate key, an old row with `lastScore: null` or deep nesting threw (the dialog reset in
// silence), and restore took forged ids, handles, brands, links, table names and files of any size.

const downloads = vi.hoisted(() => [] as Array<{ name: string; text: string }>);
vi.mock('@/lib/dashboard/download', () => ({ downloadText: (name: string, text: string) => downloads.push({ name, text }) }));

afterEach(async () => {
  cleanup();
  downloads.length = 0;
  await closeAll();
});

type Table = { tableName: string; inbound: boolean; rows: Array<Record<string, unknown>> };
type File = { formatName: string; formatVersion: number; data: { databaseVersion: number; data: Table[] } };

/** A database with two creators on a list and a brand, and its backup as an object to tamper with. */
async function seeded() {
  const db = freshDb();
  await seedCreator(db, 'ann');
  await seedCreator(db, 'bob');
  await saveBrand(db, BrandProfile.parse({ name: 'Acme' }));
  const file = JSON.parse(await backupJson(db)) as File;
  return { db, file, table: (name: string) => file.data.data.find((t) => t.tableName === name)! };
}

/** Restores `text` into `db` and returns the refusal's words; fails when it was not refused, threw, or changed the database. */
async function refusal(db: Awaited<ReturnType<typeof seeded>>['db'], text: string): Promise<string> {
  const before = await dumpDb(db);
  const r = await restoreBackup(db, text);
  expect(r.ok).toBe(false);
  expect(await dumpDb(db)).toEqual(before);
  return r.ok ? '' : r.problems.map((p) => p.message).join('\n');
}

describe('restore refuses what would wipe or forge data, and never throws', () => {
  it('refuses a backup that lacks tables, naming them, instead of emptying them', async () => {
    const { db, file } = await seeded();
    file.data.data = [{ tableName: 'settings', inbound: true, rows: [] }];
    const why = await refusal(db, JSON.stringify(file));
    for (const t of ['creators', 'snapshots', 'shortlists', 'entries', 'scorecards']) expect(why).toContain(t);
  });

  it.each(['constructor', '__proto__', 'toString', 'dashRows'])('refuses a table named %s', async (name) => {
    const { db, file } = await seeded();
    // Built by hand: JSON.stringify of an object would not write a "__proto__" key as data.
    const text = JSON.stringify(file).replace('"data":[', `"data":[{"tableName":${JSON.stringify(name)},"inbound":true,"rows":[]},`);
    expect(await refusal(db, text)).toContain(name);
  });

  it('refuses a table given twice, and a key repeated in one object', async () => {
    const { db, file, table } = await seeded();
    const twice = { ...file, data: { ...file.data, data: [...file.data.data, { ...table('entries'), rows: [] }] } };
    expect(await refusal(db, JSON.stringify(twice))).toMatch(/entries more than once/);
    // JSON.parse keeps the last of two "rows": the second, empty one would have won.
    const text = JSON.stringify(file).replace('"tableName":"entries","inbound":true,"rows":[', '"tableName":"entries","inbound":true,"rows":[],"rows":[');
    expect(await refusal(db, text)).toMatch(/"rows" appears twice/);
  });

  it('refuses a creator whose id is not platform:handle, or whose handle breaks its platform\'s rule', async () => {
    const { db, file, table } = await seeded();
    table('creators').rows[0]!.id = 'instagram:someone-else';
    expect(await refusal(db, JSON.stringify(file))).toMatch(/creators row 1: the id "instagram:someone-else" is not "instagram:ann"/);
    const bad = (await seeded()).file;
    const creator = bad.data.data.find((t) => t.tableName === 'creators')!.rows[0]!;
    Object.assign(creator, { id: 'instagram:ann!<b>', handle: 'ann!<b>' });
    for (const t of bad.data.data) for (const r of t.rows) if (r.creatorId === 'instagram:ann') r.creatorId = 'instagram:ann!<b>';
    expect(await refusal(db, JSON.stringify(bad))).toMatch(/"ann!<b>" is not a valid Instagram handle/);
  });

  it('refuses a visit filed under another creator than its own, or under a creator the backup lacks', async () => {
    const { db, file, table } = await seeded();
    const visit = table('snapshots').rows.find((r) => r.creatorId === 'instagram:ann')!;
    (visit.snapshot as { handle: string; followers: number }).handle = 'mallory';
    (visit.snapshot as { followers: number }).followers = 9_999_999;
    expect(await refusal(db, JSON.stringify(file))).toMatch(/the visit filed under "instagram:ann" is of instagram:mallory/);
    const ghost = (await seeded()).file;
    const snapshots = ghost.data.data.find((t) => t.tableName === 'snapshots')!;
    const copy = structuredClone(snapshots.rows[0]!) as Record<string, unknown>;
    delete copy.id;
    Object.assign(copy, { creatorId: 'instagram:ghost', snapshot: { ...(copy.snapshot as object), handle: 'ghost' } });
    snapshots.rows.push(copy);
    expect(await refusal(db, JSON.stringify(ghost))).toMatch(/points at a missing creator \(instagram:ghost\)/);
  });

  it('refuses a date that is not a date, which the dashboard would otherwise fail to show', async () => {
    const { db, file, table } = await seeded();
    table('creators').rows[0]!.lastScoredAt = 'not a date';
    expect(await refusal(db, JSON.stringify(file))).toMatch(/creators row 1: lastScoredAt/);
  });

  it('refuses a campaign whose own column takes a Microscope column\'s name', async () => {
    const { db, file, table } = await seeded();
    table('shortlists').rows[0]!.extraColumns = [{ name: 'handle', after: null }];
    expect(await refusal(db, JSON.stringify(file))).toMatch(/its own column "handle" has the name of a Microscope column/);
  });

  it('refuses a brand setting that does not validate, and a setting Microscope does not have', async () => {
    const { db, file, table } = await seeded();
    table('settings').rows[0]!.value = { name: '', currency: 'BTC' };
    expect(await refusal(db, JSON.stringify(file))).toMatch(/settings row 1: the brands? setting is not valid/);
    const other = (await seeded()).file;
    other.data.data.find((t) => t.tableName === 'settings')!.rows.push({ key: 'autoExport', value: 'https://evil.example/' });
    expect(await refusal(db, JSON.stringify(other))).toMatch(/no setting "autoExport"/);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://plain.example/'])('refuses %s as a profile or post address', async (url) => {
    const { db, file, table } = await seeded();
    table('creators').rows[0]!.profileUrl = url;
    // An older build stored a CSV's http:// address as it was: that creator's address is rebuilt from its handle, not refused.
    if (url.startsWith('http:')) expect((await restoreBackup(db, JSON.stringify(file))).ok).toBe(true);
    else expect(await refusal(db, JSON.stringify(file))).toMatch(/creators row 1: profileUrl/);
    const post = (await seeded()).file;
    const snap = post.data.data.find((t) => t.tableName === 'snapshots')!.rows[0]!.snapshot as { posts: Array<{ url: string }> };
    snap.posts[0]!.url = url;
    expect(await refusal(db, JSON.stringify(post))).toMatch(/snapshots row 1: snapshot\.posts\.0\.url/);
  });

  it('refuses a file over 50 MB, saying the cap', async () => {
    const { db, file, table } = await seeded();
    table('entries').rows[0]!.notes = 'x'.repeat(51 * 1024 * 1024);
    expect(await refusal(db, JSON.stringify(file))).toMatch(/at most 50\.0 MB/);
  });

  it('turns what used to throw into a refusal that names the cause: a duplicate key, lastScore null in an old backup, deep nesting', async () => {
    const { db, file, table } = await seeded();
    const creators = table('creators');
    creators.rows.push({ ...creators.rows[0]! });
    expect(await refusal(db, JSON.stringify(file))).toMatch(/creators rows 1 and 3 have the same id \(instagram:ann\)|creators rows 1 and 2 have the same id/);

    const old = (await seeded()).file;
    old.data.databaseVersion = 2;
    old.data.data = old.data.data.filter((t) => t.tableName !== 'scorecards');
    old.data.data.find((t) => t.tableName === 'creators')!.rows[0]!.lastScore = null;
    expect(await refusal(db, JSON.stringify(old))).toMatch(/creators row 1 \(instagram:\w+\) cannot be upgraded from schema 2/);

    const deep = JSON.stringify((await seeded()).file).replace('"value":[{', `"value":[{"deep":${'['.repeat(200_000)}${']'.repeat(200_000)},`);
    expect(await refusal(db, deep)).toMatch(/nested more than \d+ levels/);
  });
});

describe('the restore dialog', () => {
  const NOW = () => '2026-11-21T09:00:00.000Z';
  const pick = (file: globalThis.File) => fireEvent.change(screen.getByTestId('restore-file'), { target: { files: [file] } });

  it('shows each table\'s rows now and after before anything is replaced, and offers a backup of today\'s data first', async () => {
    const { db, file, table } = await seeded();
    table('entries').rows.pop();
    render(createElement(App, { database: db, now: NOW }));
    await screen.findByTestId('shortlist');
    const before = await dumpDb(db);
    pick(new globalThis.File([JSON.stringify(file)], 'older.json'));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    const counts = await within(dialog).findByTestId('restore-counts');
    expect(within(counts).getByTestId('restore-count-entries').textContent).toBe('Campaign entries21');
    expect(within(counts).getByTestId('restore-count-creators').textContent).toBe('Creators22');
    expect(await dumpDb(db)).toEqual(before);
    fireEvent.click(within(dialog).getByTestId('restore-backup-first'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(JSON.parse(downloads[0]!.text).data.data.find((t: Table) => t.tableName === 'entries').rows).toHaveLength(2);
    fireEvent.click(within(dialog).getByTestId('restore-confirm'));
    expect((await within(dialog).findByTestId('restore-result')).textContent).toMatch(/^Restored .*1 entries/);
    expect(await db.entries.count()).toBe(1);
  });

  it('shows a refusal with its cause in the dialog, and changes nothing', async () => {
    const { db, file, table } = await seeded();
    const creators = table('creators');
    creators.rows.push({ ...creators.rows[0]! });
    render(createElement(App, { database: db, now: NOW }));
    await screen.findByTestId('shortlist');
    const before = await dumpDb(db);
    pick(new globalThis.File([JSON.stringify(file)], 'twice.json'));
    const result = await screen.findByTestId('restore-result');
    expect(result.textContent).toMatch(/same id \(instagram:ann\)/);
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
    expect(await dumpDb(db)).toEqual(before);
  });
});
