// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/dashboard/App';
import type { MicroscopeDb } from '@/lib/store/schema';
import { closeAll, freshDb, seedCreator } from '../db/seed';

const downloads = vi.hoisted(() => [] as Array<{ name: string; text: string }>);
vi.mock('@/lib/dashboard/download', () => ({ downloadText: (name: string, text: string) => downloads.push({ name, text }) }));

afterEach(async () => {
  cleanup();
  downloads.length = 0;
  await closeAll();
});

const NOW = () => '2026-11-21T09:00:00.000Z';
const rowOf = (handle: string) => screen.getByRole('link', { name: `@${handle}` }).closest('tr')!;
const entryOf = (db: MicroscopeDb, creatorId: string) => db.entries.where('creatorId').equals(creatorId).first();

/** ann: a strong creator with an undisclosed ad; bob: clean and strong, with notes and tags; cat: weak. */
async function seeded(): Promise<MicroscopeDb> {
  const db = freshDb();
  await seedCreator(db, 'ann', 'Spring');
  await seedCreator(db, 'bob', 'Spring', { platform: 'tiktok' });
  await seedCreator(db, 'cat', 'Spring', { platform: 'youtube' });
  const strong = { overall: 82, metrics: 80, content: 85, risk: 90 };
  await db.creators.where('id').equals('instagram:ann').modify((c) => {
    c.lastScore = { ...c.lastScore, summary: { ...c.lastScore.summary, ...strong }, flags: ['undisclosed-sponsorship', 'posting-gap'], riskIds: ['undisclosed-sponsorship'], postsUsed: 12 };
  });
  await db.creators.where('id').equals('tiktok:bob').modify((c) => {
    c.lastScore = { ...c.lastScore, summary: { ...c.lastScore.summary, ...strong }, flags: [], riskIds: [], postsUsed: 12 };
  });
  await db.creators.where('id').equals('youtube:cat').modify((c) => {
    c.lastScore = { ...c.lastScore, summary: { ...c.lastScore.summary, overall: 30 }, postsUsed: 12 };
  });
  await db.entries.where('creatorId').equals('tiktok:bob').modify({ notes: 'Replied by DM, wants £400', tags: ['vegan', 'uk'] });
  return db;
}

describe('the team table', () => {
  it('shows each row’s decision as a word and an icon, and its flags in words with risks marked', async () => {
    render(<App database={await seeded()} now={NOW} />);
    await screen.findByTestId('shortlist');
    const decision = (h: string) => within(rowOf(h)).getByTestId('row-decision');
    expect(decision('bob').getAttribute('data-decision')).toBe('shortlist');
    expect(decision('bob').textContent).toMatch(/^✓ Shortlist/);
    // The undisclosed ad is a dealbreaker: at best Check, whatever the score.
    expect(decision('ann').getAttribute('data-decision')).toBe('check');
    expect(decision('ann').textContent).toMatch(/^\? Check.*Undisclosed ad/);
    expect(decision('cat').textContent).toMatch(/^✗ Skip/);
    const flags = within(rowOf('ann')).getAllByRole('listitem');
    expect(flags.map((f) => [f.textContent, f.getAttribute('data-severity')])).toEqual([['▲ Risk: undisclosed ad', 'risk'], ['• posting gap', 'warn']]);
    expect(rowOf('ann').textContent).not.toMatch(/undisclosed-sponsorship|posting-gap/);
    // Filter and sort by decision.
    fireEvent.change(screen.getByTestId('filter-decision'), { target: { value: 'check' } });
    expect(screen.getAllByTestId('row-decision').map((d) => d.getAttribute('data-decision'))).toEqual(['check']);
    fireEvent.change(screen.getByTestId('filter-decision'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('sort-decision'));
    expect(screen.getAllByTestId('row-decision').map((d) => d.getAttribute('data-decision'))).toEqual(['shortlist', 'check', 'skip']);
  });

  it('shows notes and tags in the row', async () => {
    render(<App database={await seeded()} now={NOW} />);
    await screen.findByTestId('shortlist');
    expect(within(rowOf('bob')).getByTestId('row-notes').textContent).toBe('Notes: Replied by DM, wants £400');
    expect(within(within(rowOf('bob')).getByTestId('row-tags')).getAllByRole('listitem').map((t) => t.textContent)).toEqual(['vegan', 'uk']);
    expect(within(rowOf('ann')).queryByTestId('row-notes')).toBeNull();
  });

  it('changes a status from its pill in the row, saves it, and undoes it', async () => {
    const db = await seeded();
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    const pill = within(rowOf('ann')).getByRole('combobox', { name: 'Status of @ann in Spring' }) as HTMLSelectElement;
    fireEvent.change(pill, { target: { value: 'negotiating' } });
    await waitFor(async () => expect((await entryOf(db, 'instagram:ann'))?.status).toBe('negotiating'));
    expect((await entryOf(db, 'tiktok:bob'))?.status).toBe('prospect');
    await waitFor(() => expect((within(rowOf('ann')).getByTestId('status-pill') as HTMLSelectElement).value).toBe('negotiating'));
    expect(screen.getByTestId('undo').textContent).toBe('Undo: @ann: status set to negotiating');
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(async () => expect((await entryOf(db, 'instagram:ann'))?.status).toBe('prospect'));
  });

  it('keeps export, import, backup and restore in one File menu that works from the keyboard', async () => {
    render(<App database={await seeded()} now={NOW} />);
    await screen.findByTestId('shortlist');
    expect(screen.queryByTestId('import-file')).toBeNull();
    const button = screen.getByRole('button', { name: 'File' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    const menu = await screen.findByRole('menu', { name: 'File' });
    expect(within(menu).getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Export all campaigns as CSV', 'Import a CSV into a campaign…', 'Download a backup', 'Restore from a backup…']);
    expect(document.activeElement?.textContent).toBe('Export all campaigns as CSV');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Download a backup');
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('Restore from a backup…');
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Home' });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await waitFor(() => expect(downloads.map((d) => d.name)).toEqual([expect.stringMatching(/^microscope-campaign-\d{4}-\d\d-\d\d\.csv$/)]));
    expect(downloads[0]!.text).toMatch(/ann[\s\S]*bob[\s\S]*cat/);
    expect(document.activeElement).toBe(button);
  });

  it('opens a drawer with the decision and the full scorecard, where status, tags, notes and quote are edited', async () => {
    const db = await seeded();
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    fireEvent.click(screen.getByRole('button', { name: 'Details for @bob' }));
    const drawer = await screen.findByRole('dialog', { name: '@bob on tiktok' });
    expect(within(drawer).getByTestId('drawer-decision').textContent).toMatch(/Shortlist.*12 posts/);
    const card = await within(drawer).findByTestId('drawer-scorecard');
    expect(within(card).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(expect.arrayContaining(['Flags', 'Disclosure per market', 'Value fit', 'Competitors and cost']));
    for (const part of ['disclosure', 'competitors', 'cost']) expect(within(card).queryAllByTestId(part).length, part).toBeGreaterThan(0);
    expect((within(drawer).getByTestId('drawer-notes') as HTMLTextAreaElement).value).toBe('Replied by DM, wants £400');
    fireEvent.click(within(within(drawer).getByTestId('status-pills')).getByRole('button', { name: 'contacted' }));
    await waitFor(async () => expect((await entryOf(db, 'tiktok:bob'))?.status).toBe('contacted'));
    await waitFor(() => expect(within(drawer).getByRole('button', { name: 'contacted' }).getAttribute('aria-pressed')).toBe('true'));
    fireEvent.change(within(drawer).getByTestId('drawer-tags'), { target: { value: 'vegan, uk, Vegan, tier-a' } });
    fireEvent.change(within(drawer).getByTestId('drawer-notes'), { target: { value: 'Agreed a call on Monday' } });
    fireEvent.change(within(drawer).getByTestId('drawer-quote'), { target: { value: 'four hundred' } });
    fireEvent.click(within(drawer).getByTestId('drawer-save'));
    expect((await within(drawer).findByText(/The quoted rate is an amount/)).getAttribute('role')).toBe('status');
    expect((await entryOf(db, 'tiktok:bob'))?.notes).toBe('Replied by DM, wants £400');
    fireEvent.change(within(drawer).getByTestId('drawer-quote'), { target: { value: '400' } });
    fireEvent.change(within(drawer).getByTestId('drawer-currency'), { target: { value: 'EUR' } });
    fireEvent.click(within(drawer).getByTestId('drawer-save'));
    await waitFor(() => expect(within(drawer).getByTestId('drawer-saved').textContent).toBe('Saved ✓'));
    expect(await entryOf(db, 'tiktok:bob')).toMatchObject({ status: 'contacted', tags: ['vegan', 'uk', 'tier-a'], notes: 'Agreed a call on Monday', quotedRate: { amount: 400, currency: 'EUR' } });
    // The row behind the drawer follows.
    await waitFor(() => expect(within(rowOf('bob')).getByTestId('row-notes').textContent).toBe('Notes: Agreed a call on Monday'));
    // The panel sets a status meanwhile; saving only the note from the drawer leaves it as it is.
    await db.entries.where('creatorId').equals('tiktok:bob').modify({ status: 'negotiating' });
    fireEvent.change(within(drawer).getByTestId('drawer-notes'), { target: { value: 'Call moved to Tuesday' } });
    fireEvent.click(within(drawer).getByTestId('drawer-save'));
    await waitFor(async () => expect((await entryOf(db, 'tiktok:bob'))?.notes).toBe('Call moved to Tuesday'));
    expect((await entryOf(db, 'tiktok:bob'))?.status).toBe('negotiating');
    fireEvent.keyDown(drawer, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('forgetting a creator', () => {
  it('deletes everything about it from the drawer after a confirmation, and undo brings it back', async () => {
    const db = await seeded();
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    fireEvent.click(screen.getByRole('button', { name: 'Details for @bob' }));
    const drawer = await screen.findByRole('dialog', { name: '@bob on tiktok' });
    fireEvent.click(await within(drawer).findByTestId('delete-creator'));
    const confirm = await screen.findByTestId('creator-delete-dialog');
    expect(confirm.textContent).toMatch(/every visit with the comments read there/);
    fireEvent.click(within(confirm).getByTestId('creator-delete-confirm'));
    await waitFor(() => expect(screen.queryByRole('link', { name: '@bob' })).toBeNull());
    expect(await db.creators.get('tiktok:bob')).toBeUndefined();
    expect(await db.snapshots.where('creatorId').equals('tiktok:bob').count()).toBe(0);
    fireEvent.click(screen.getByTestId('undo'));
    await screen.findByRole('link', { name: '@bob' });
    expect((await entryOf(db, 'tiktok:bob'))?.notes).toBe('Replied by DM, wants £400');
  });
});

describe('the empty dashboard', () => {
  it('says how to put the first creator on a campaign', async () => {
    render(<App database={freshDb()} now={NOW} />);
    const empty = await screen.findByTestId('empty');
    expect(within(empty).getByRole('heading').textContent).toBe('No creators on a campaign yet');
    expect(empty.textContent).toMatch(/Instagram, TikTok or YouTube.*Microscope.*toolbar.*Add to/);
    expect(screen.queryByTestId('shortlist')).toBeNull();
  });
});
