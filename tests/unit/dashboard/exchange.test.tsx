// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/dashboard/App';
import { exportCsv } from '@/lib/store/exchange';
import { closeAll, dumpDb, freshDb, listId, seedCreator } from '../db/seed';

const downloads = vi.hoisted(() => [] as Array<{ name: string; text: string }>);
vi.mock('@/lib/dashboard/download', () => ({ downloadText: (name: string, text: string) => downloads.push({ name, text }) }));

afterEach(async () => {
  cleanup();
  downloads.length = 0;
  await closeAll();
});

const NOW = () => '2026-11-21T09:00:00.000Z';

/** Our export, edited as a teammate would in a spreadsheet. */
function edited(csv: string, change: (rows: Record<string, string>[]) => Record<string, string>[]): File {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields!;
  const text = Papa.unparse({ fields, data: change(parsed.data).map((r) => fields.map((f) => r[f] ?? '')) }, { newline: '\r\n' });
  return new File([text], 'teammate.csv', { type: 'text/csv' });
}

async function pick(testId: string, file: File) {
  fireEvent.change(screen.getByTestId(testId), { target: { files: [file] } });
}

/** Opens the File menu and chooses one of its items. */
async function fromFileMenu(item: 'export-csv' | 'import-csv' | 'backup' | 'restore') {
  fireEvent.click(screen.getByTestId('file-menu'));
  fireEvent.click(await screen.findByTestId(item));
}

describe('import with preview', () => {
  it('shows new rows and conflicts, and writes only after every conflict has a choice', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    await seedCreator(db, 'bob');
    const list = await listId(db);
    const file = edited(await exportCsv(db, list), (rows) => [
      ...rows.map((r) => (r.handle === 'ann' ? { ...r, status: 'agreed' } : r)),
      { ...rows[0]!, handle: 'dee', display_name: 'Dee', profile_url: 'https://www.instagram.com/dee/', status: '' },
    ]);
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    const before = await dumpDb(db);
    await fromFileMenu('import-csv');
    await pick('import-file', file);
    const dialog = await screen.findByRole('dialog', { name: /^Import teammate\.csv into/ });
    expect(within(dialog).getByTestId('import-summary').textContent).toMatch(/^1 new, 1 changed, 1 unchanged, 1 status conflict/);
    expect(within(dialog).getByTestId('import-added').textContent).toContain('instagram:dee');
    const confirm = within(dialog).getByTestId('import-confirm') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(await dumpDb(db)).toEqual(before);
    fireEvent.click(within(within(dialog).getByTestId('conflict-instagram:ann')).getByLabelText(/take theirs \(agreed\)/));
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const entries = await db.entries.toArray();
    expect(entries.map((e) => `${e.creatorId} ${e.status}`).sort()).toEqual(['instagram:ann agreed', 'instagram:bob prospect', 'instagram:dee prospect']);
    await waitFor(() => expect(screen.getByTestId('shortlist').querySelectorAll('tbody tr')).toHaveLength(3));
  });

  it('refuses a broken file, listing the rows at fault, and leaves the database alone', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    await seedCreator(db, 'bob');
    const file = edited(await exportCsv(db), (rows) => rows.map((r) => (r.handle === 'bob' ? { ...r, status: 'maybe', followers: 'lots' } : r)));
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    const before = await dumpDb(db);
    await fromFileMenu('import-csv');
    await pick('import-file', file);
    const problems = await screen.findByTestId('import-problems');
    expect(problems.textContent).toMatch(/row 3:/);
    expect(screen.queryByTestId('import-confirm')).toBeNull();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await dumpDb(db)).toEqual(before);
  });
});

describe('backup and restore', () => {
  it('downloads a backup and restores it after confirmation', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    await seedCreator(db, 'bob', 'Autumn');
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    const before = await dumpDb(db);
    await fromFileMenu('backup');
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^microscope-backup-\d{4}-\d\d-\d\d\.json$/);
    fireEvent.click(screen.getByLabelText('Select all shown'));
    fireEvent.click(screen.getByTestId('bulk-delete'));
    await screen.findByTestId('empty');
    await pick('restore-file', new File([downloads[0]!.text], 'backup.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' });
    expect(await db.entries.count()).toBe(0);
    fireEvent.click(within(dialog).getByTestId('restore-confirm'));
    expect((await within(dialog).findByTestId('restore-result')).textContent).toMatch(/^Restored .*2 entries/);
    expect(await dumpDb(db)).toEqual(before);
    await screen.findByTestId('shortlist');
  });

  it('says why a file is not a backup and changes nothing', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    const before = await dumpDb(db);
    await pick('restore-file', new File(['{"hello": 1}'], 'nope.json'));
    // Refused on reading, before any confirmation is asked for.
    expect((await screen.findByTestId('restore-result')).textContent).toContain('not a Microscope backup');
    expect(await dumpDb(db)).toEqual(before);
  });
});
