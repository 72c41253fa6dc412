// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/dashboard/App';
import type { MicroscopeDb } from '@/lib/store/schema';
import { closeAll, freshDb, seedCreator } from '../db/seed';

afterEach(async () => {
  cleanup();
  await closeAll();
});

const NOW = () => '2026-11-21T09:00:00.000Z';
const shownHandles = () => within(screen.getByTestId('shortlist')).queryAllByRole('link').map((a) => a.textContent);

async function seeded(): Promise<MicroscopeDb> {
  const db = freshDb();
  await seedCreator(db, 'ann', 'Spring', { platform: 'instagram' });
  await seedCreator(db, 'bob', 'Spring', { platform: 'tiktok' });
  await seedCreator(db, 'cat', 'Autumn', { platform: 'youtube' });
  await db.entries.where('creatorId').equals('tiktok:bob').modify({ notes: 'Replied by DM', tags: ['vegan'] });
  return db;
}

describe('dashboard table', () => {
  it('shows "empty" with no entries', async () => {
    render(<App database={freshDb()} now={NOW} />);
    expect(await screen.findByTestId('empty')).toBeTruthy();
  });

  it('narrows the table by filters and search, one row per entry', async () => {
    render(<App database={await seeded()} now={NOW} />);
    await screen.findByTestId('shortlist');
    expect(shownHandles()).toEqual(['@ann', '@bob', '@cat']);
    fireEvent.change(screen.getByTestId('filter-platform'), { target: { value: 'tiktok' } });
    expect(shownHandles()).toEqual(['@bob']);
    fireEvent.change(screen.getByTestId('filter-platform'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('filter-search'), { target: { value: 'vegan' } });
    expect(shownHandles()).toEqual(['@bob']);
    fireEvent.change(screen.getByTestId('filter-search'), { target: { value: 'nobody' } });
    expect(shownHandles()).toEqual([]);
    expect(screen.getByTestId('no-match')).toBeTruthy();
    fireEvent.click(screen.getByText('Clear filters'));
    fireEvent.click(screen.getByTestId('sort-creator'));
    expect(shownHandles()).toEqual(['@cat', '@bob', '@ann']);
  });

  it('sets a status in bulk and undoes it in one step', async () => {
    const db = await seeded();
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    const before = await db.entries.toArray();
    fireEvent.click(screen.getByLabelText('Select @ann in Spring'));
    fireEvent.click(screen.getByLabelText('Select @cat in Autumn'));
    fireEvent.change(screen.getByTestId('bulk-status'), { target: { value: 'agreed' } });
    fireEvent.click(screen.getByTestId('bulk-status-apply'));
    await waitFor(async () => expect((await db.entries.toArray()).map((e) => e.status).sort()).toEqual(['agreed', 'agreed', 'prospect']));
    const pillValues = () => screen.getAllByTestId('status-pill').map((p) => (p as HTMLSelectElement).value);
    await waitFor(() => expect(pillValues().filter((v) => v === 'agreed')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(async () => expect(await db.entries.toArray()).toEqual(before));
    await waitFor(() => expect(pillValues().filter((v) => v === 'agreed')).toHaveLength(0));
  });

  it('sets one entry’s quoted rate, shows it beside the estimate, clears it as unknown, and undoes', async () => {
    const db = await seeded();
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    const quoteOf = (handle: string) => screen.getByLabelText(`Select @${handle} in ${handle === 'cat' ? 'Autumn' : 'Spring'}`).closest('tr')!.querySelector('[data-col="quote"]')!.textContent;
    expect(quoteOf('ann')).toBe('—');
    fireEvent.click(screen.getByLabelText('Select @ann in Spring'));
    fireEvent.change(screen.getByTestId('bulk-quote'), { target: { value: '350' } });
    fireEvent.change(screen.getByTestId('bulk-quote-currency'), { target: { value: 'EUR' } });
    fireEvent.click(screen.getByTestId('bulk-quote-apply'));
    await waitFor(async () => expect((await db.entries.where('creatorId').equals('instagram:ann').first())?.quotedRate).toEqual({ amount: 350, currency: 'EUR' }));
    await waitFor(() => expect(quoteOf('ann')).toMatch(/350/));
    expect(quoteOf('bob')).toBe('—');
    fireEvent.change(screen.getByTestId('bulk-quote'), { target: { value: '' } });
    expect(screen.getByTestId('bulk-quote-apply').textContent).toBe('Clear quote');
    fireEvent.click(screen.getByTestId('bulk-quote-apply'));
    await waitFor(async () => expect((await db.entries.where('creatorId').equals('instagram:ann').first())?.quotedRate).toBeNull());
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(async () => expect((await db.entries.where('creatorId').equals('instagram:ann').first())?.quotedRate).toEqual({ amount: 350, currency: 'EUR' }));
  });

  it('removes entries and brings them back with undo', async () => {
    const db = await seeded();
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    const before = await db.entries.toArray();
    fireEvent.click(screen.getByLabelText('Select all shown'));
    fireEvent.click(screen.getByTestId('bulk-delete'));
    await screen.findByTestId('empty');
    expect(await db.entries.count()).toBe(0);
    expect(await db.creators.count()).toBe(3);
    fireEvent.click(screen.getByTestId('undo'));
    await screen.findByTestId('shortlist');
    expect(await db.entries.toArray()).toEqual(before);
  });

  it('opens a creator detail with visits and links accounts', async () => {
    const db = await seeded();
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    fireEvent.click(screen.getByRole('button', { name: 'Details for @ann' }));
    const dialog = await screen.findByRole('dialog', { name: '@ann on instagram' });
    expect(within(dialog).getByTestId('snapshots').querySelectorAll('tbody tr')).toHaveLength(1);
    fireEvent.change(await within(dialog).findByTestId('link-select'), { target: { value: 'tiktok:bob' } });
    fireEvent.click(within(dialog).getByText('Link'));
    await within(dialog).findByTestId('links');
    expect((await db.creators.get('tiktok:bob'))?.links).toEqual(['instagram:ann']);
    fireEvent.click(within(dialog).getByText('Unlink', { exact: false }));
    await waitFor(async () => expect((await db.creators.get('instagram:ann'))?.links).toEqual([]));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows the evidence of the last visit’s flags in the detail, and says when there is none', async () => {
    const db = await seeded();
    await db.scorecards.where('creatorId').equals('instagram:ann').modify((row) => {
      row.scorecard.flags = [{ id: 'follower-spike', severity: 'risk', message: 'Followers jumped 40% in a week', evidence: { postIds: [], numbers: { growth: 0.4 } } }];
    });
    await db.scorecards.delete('tiktok:bob');
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    fireEvent.click(screen.getByRole('button', { name: 'Details for @ann' }));
    const dialog = await screen.findByRole('dialog', { name: '@ann on instagram' });
    const flags = await within(dialog).findByTestId('flags');
    expect(flags.textContent).toMatch(/Followers jumped 40% in a week.*growth: 0\.4/);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Details for @bob' }));
    const other = await screen.findByRole('dialog', { name: '@bob on tiktok' });
    expect((await within(other).findByText(/no evidence to show/)).textContent).toMatch(/score the profile/);
  });

  it('compares two creators side by side, unknown never shown as 0', async () => {
    const db = await seeded();
    await db.creators.where('id').equals('youtube:cat').modify({ followers: null });
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    fireEvent.click(screen.getByLabelText('Select @ann in Spring'));
    expect((screen.getByTestId('compare') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Select @cat in Autumn'));
    fireEvent.click(screen.getByTestId('compare'));
    const dialog = await screen.findByRole('dialog', { name: 'Compare 2 creators' });
    const followers = within(dialog).getByRole('rowheader', { name: 'Followers' }).parentElement!;
    expect([...followers.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['20,000', 'unknown']);
  });

  it('draws a long list a page at a time, and says how many are not drawn', async () => {
    const db = freshDb();
    const entries = Array.from({ length: 250 }, (_, i) => `c${String(i).padStart(3, '0')}`);
    for (const handle of entries) await seedCreator(db, handle, 'Big');
    await db.entries.filter((e) => e.creatorId < 'instagram:c150').modify({ tags: ['pick'] });
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    expect(shownHandles()).toHaveLength(100);
    expect(shownHandles()[0]).toBe('@c000');
    expect(screen.getByTestId('row-summary').textContent).toBe('Showing 100 of 250 entries.');
    fireEvent.click(screen.getByTestId('show-more'));
    expect(shownHandles()).toHaveLength(200);
    expect(screen.getByTestId('show-more').textContent).toBe('Show 50 more');
    fireEvent.click(screen.getByTestId('show-more'));
    expect(shownHandles()).toHaveLength(250);
    expect(screen.queryByTestId('show-more')).toBeNull();
    // Sorting keeps what is drawn; a new filter starts again from the first page.
    fireEvent.click(screen.getByTestId('sort-creator'));
    expect(shownHandles()[0]).toBe('@c249');
    expect(shownHandles()).toHaveLength(250);
    fireEvent.change(screen.getByTestId('filter-search'), { target: { value: 'pick' } });
    expect(screen.getByTestId('row-summary').textContent).toBe('Showing 100 of 150 matching entries (250 in all).');
    expect(shownHandles()[0]).toBe('@c149');
    // "Select all shown" selects the rows drawn, never rows the scout cannot see.
    fireEvent.click(screen.getByLabelText('Select all shown'));
    expect(screen.getByTestId('row-summary').textContent).toMatch(/, 100 selected\.$/);
    // Sorting can move selected rows off the drawn page: the summary says so.
    fireEvent.click(screen.getByTestId('sort-creator'));
    expect(screen.getByTestId('row-summary').textContent).toMatch(/, 100 selected \(50 of them not shown\)\.$/);
    // Ticking "select all shown" adds the drawn rows; unticking it unselects only those.
    fireEvent.click(screen.getByLabelText('Select all shown'));
    expect(screen.getByTestId('row-summary').textContent).toMatch(/, 150 selected \(50 of them not shown\)\.$/);
    fireEvent.click(screen.getByLabelText('Select all shown'));
    expect(screen.getByTestId('row-summary').textContent).toMatch(/, 50 selected \(50 of them not shown\)\.$/);
    // A new filter clears the selection: a bulk action then reaches only rows chosen under it.
    fireEvent.change(screen.getByTestId('filter-search'), { target: { value: '' } });
    expect(screen.getByTestId('row-summary').textContent).toBe('Showing 100 of 250 entries.');
  }, 60_000);

  it('shows a creator with only notes on rounded counts as having no flags, in the table and in compare', async () => {
    const db = await seeded();
    await db.creators.where('id').equals('youtube:cat').modify((c) => {
      c.followersApproximate = true;
      c.lastScore = { ...c.lastScore, flags: ['rounded-followers', 'approximate-engagement'], engagementRate: 0.31, engagementApproximate: true };
    });
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    const row = screen.getByLabelText('Select @cat in Autumn').closest('tr')!;
    expect(row.querySelector('[data-col="flags"]')!.textContent).toBe('—');
    expect(row.querySelector('[data-col="engagement"]')!.textContent).toBe('≈31.00%');
    fireEvent.click(screen.getByLabelText('Select @ann in Spring'));
    fireEvent.click(screen.getByLabelText('Select @cat in Autumn'));
    fireEvent.click(screen.getByTestId('compare'));
    const dialog = await screen.findByRole('dialog', { name: 'Compare 2 creators' });
    const cells = (name: string) => [...within(dialog).getByRole('rowheader', { name }).parentElement!.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells('Flags')[1]).toBe('none');
    expect(cells('Rounded counts')[1]).toBe('rounded-followers, approximate-engagement');
    expect(cells('Engagement')[1]).toBe('≈31.00%');
  });

  it('renders hostile names and tags as inert text', async () => {
    const db = await seeded();
    const hostile = '<img src=x onerror=alert(1)>';
    await db.creators.where('id').equals('instagram:ann').modify({ displayName: hostile });
    await db.entries.where('creatorId').equals('instagram:ann').modify({ tags: [hostile] });
    // A profile address that is not https makes the creator row beyond repair (profileUrl is an HttpsUrl): it is left out, never linked.
    await db.creators.where('id').equals('tiktok:bob').modify({ profileUrl: 'javascript:alert(1)' });
    const { container } = render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.getAllByText(hostile).length).toBeGreaterThan(0);
    expect(screen.queryByText('bob')).toBeNull();
  });
});
