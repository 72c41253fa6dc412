// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/dashboard/App';
import { closeAll, dumpDb, freshDb, seedCreator } from '../db/seed';
import { briefOf } from '@/lib/core/model/campaign';
import { BrandProfile } from '@/lib/core/model/brand';

afterEach(async () => {
  cleanup();
  await closeAll();
});

const NOW = () => '2026-11-21T09:00:00.000Z';
/** Unfolds the campaigns list (folded by default, so the table starts near the top). */
const showCampaigns = () => fireEvent.click(within(screen.getByTestId('campaigns')).getByText(/^Campaigns \(/));
const campaignRow = (name: string) => within(screen.getByTestId('campaigns')).getByRole('rowheader', { name }).closest('tr')!;

describe('dashboard campaigns', () => {
  it('edits a campaign’s name, brief and dates, refusing an end before the start', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann', 'Spring');
    await seedCreator(db, 'bob', 'Spring');
    const announce = vi.fn();
    render(<App database={db} now={NOW} announce={announce} />);
    await screen.findByTestId('shortlist');
    showCampaigns();
    expect(campaignRow('Spring').textContent).toMatch(/no dates.*no brief.*2/);
    fireEvent.click(screen.getByRole('button', { name: 'Edit campaign Spring' }));
    const dialog = await screen.findByTestId('campaign-dialog');
    fireEvent.change(within(dialog).getByTestId('campaign-name'), { target: { value: 'Spring 2027' } });
    fireEvent.change(within(dialog).getByTestId('campaign-brief'), { target: { value: '<b>Vegan</b> skincare, UK' } });
    fireEvent.change(within(dialog).getByTestId('campaign-starts'), { target: { value: '2027-03-10' } });
    fireEvent.change(within(dialog).getByTestId('campaign-ends'), { target: { value: '2027-03-01' } });
    fireEvent.click(within(dialog).getByTestId('campaign-save'));
    expect((await within(dialog).findByTestId('campaign-error')).textContent).toBe('The campaign cannot end before it starts.');
    expect((await db.shortlists.toArray())[0]!.name).toBe('Spring');
    fireEvent.change(within(dialog).getByTestId('campaign-ends'), { target: { value: '2027-04-30' } });
    fireEvent.click(within(dialog).getByTestId('campaign-save'));
    await waitFor(() => expect(screen.queryByTestId('campaign-dialog')).toBeNull());
    expect(await db.shortlists.toArray()).toMatchObject([{ name: 'Spring 2027', brief: '<b>Vegan</b> skincare, UK', startsOn: '2027-03-10', endsOn: '2027-04-30' }]);
    // The side panel hears of the rename, by old and new name (the refused save told it nothing).
    expect(announce.mock.calls).toEqual([[{ renamed: { from: 'Spring', to: 'Spring 2027' } }]]);
    await waitFor(() => expect(campaignRow('Spring 2027').textContent).toMatch(/2027-03-10 – 2027-04-30.*<b>Vegan<\/b> skincare, UK/));
    // The table's shortlist column follows the new name.
    expect(screen.getAllByText('Spring 2027', { selector: 'td' })).toHaveLength(2);
  });

  it('deletes a campaign after confirmation, keeps creators and other lists, and undo brings it back', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann', 'Spring');
    await seedCreator(db, 'bob', 'Autumn');
    const before = await dumpDb(db);
    const announce = vi.fn();
    render(<App database={db} now={NOW} announce={announce} />);
    await screen.findByTestId('shortlist');
    showCampaigns();
    fireEvent.click(screen.getByRole('button', { name: 'Delete campaign Spring' }));
    const confirm = await screen.findByTestId('campaign-delete-dialog');
    expect(confirm.textContent).toMatch(/Its 1 entry .* creators and their visit history stay/);
    fireEvent.click(within(confirm).getByText('Cancel'));
    expect(await db.shortlists.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Delete campaign Spring' }));
    fireEvent.click(await screen.findByTestId('campaign-delete-confirm'));
    await waitFor(async () => expect((await db.shortlists.toArray()).map((l) => l.name)).toEqual(['Autumn']));
    expect(await db.creators.count()).toBe(2);
    await waitFor(() => expect(screen.getByTestId('row-summary').textContent).toMatch(/Showing 1 of 1 entries/));
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(async () => expect(await dumpDb(db)).toEqual(before));
    await waitFor(() => expect(screen.getByTestId('row-summary').textContent).toMatch(/Showing 2 of 2 entries/));
    // Deleting and undoing each told the side panel to refresh.
    expect(announce.mock.calls).toEqual([[{ renamed: null }], [{ renamed: null }]]);
  });

  it('undoes deleting an empty campaign too', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann', 'Spring');
    const empty = await db.shortlists.add({ name: 'Empty', brief: 'Nothing yet', createdAt: '2026-11-20T09:00:00.000Z', startsOn: null, endsOn: null, extraColumns: [] });
    render(<App database={db} now={NOW} />);
    await screen.findByTestId('shortlist');
    showCampaigns();
    fireEvent.click(screen.getByRole('button', { name: 'Delete campaign Empty' }));
    fireEvent.click(await screen.findByTestId('campaign-delete-confirm'));
    await waitFor(async () => expect(await db.shortlists.get(empty)).toBeUndefined());
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(async () => expect(await db.shortlists.get(empty)).toMatchObject({ name: 'Empty', brief: 'Nothing yet' }));
  });

  it('edits the brief: follower range, markets, languages, exclusivity and brand by name, refusing bad input with a clear message', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann', 'Spring', { followers: 20_000 });
    const brands = [BrandProfile.parse({ id: 'acme-uk', name: 'Acme UK' }), BrandProfile.parse({ id: 'oat-co', name: 'Oat & Co' })];
    render(<App database={db} now={NOW} loadBrands={async () => brands} />);
    await screen.findByTestId('shortlist');
    // With no range in the brief, 20k followers do not hold the creator back.
    expect(screen.getByTestId('row-decision').textContent).not.toMatch(/outside your/);
    showCampaigns();
    fireEvent.click(screen.getByRole('button', { name: 'Edit campaign Spring' }));
    const dialog = await screen.findByTestId('campaign-dialog');
    const brand = within(dialog).getByTestId('campaign-brand') as HTMLSelectElement;
    expect([...brand.options].map((o) => o.textContent)).toEqual(['Acme UK', 'Oat & Co']);
    expect(dialog.textContent).not.toMatch(/acme-uk|oat-co/);
    const before = await dumpDb(db);
    const refused = async (testId: string, value: string, message: string | RegExp) => {
      fireEvent.change(within(dialog).getByTestId(testId), { target: { value } });
      fireEvent.click(within(dialog).getByTestId('campaign-save'));
      expect((await within(dialog).findByTestId('campaign-error')).textContent).toMatch(message);
      expect(await dumpDb(db)).toEqual(before);
    };
    await refused('campaign-followers-low', '50k', 'Give both ends of the follower range, or leave both blank for any size.');
    await refused('campaign-followers-high', 'lots', 'The follower range takes whole numbers, such as 10000, 10,000, 10.000 or 10k.');
    await refused('campaign-followers-high', '10k', 'The lowest follower count must be below the highest.');
    fireEvent.change(within(dialog).getByTestId('campaign-followers-high'), { target: { value: '250,000' } });
    await refused('campaign-languages', 'en, eng', '"eng" is not a two-letter language code such as "en" or "de".');
    fireEvent.change(within(dialog).getByTestId('campaign-languages'), { target: { value: 'EN, de, en' } });
    await refused('campaign-exclusivity', '-3', "The exclusivity window is a whole number of days; leave it blank to use the brand's.");
    await refused('campaign-exclusivity', '4000', 'Keep the exclusivity window under ten years.');
    fireEvent.change(within(dialog).getByTestId('campaign-exclusivity'), { target: { value: '60' } });
    fireEvent.click(within(within(dialog).getByTestId('campaign-markets')).getByLabelText('DE'));
    fireEvent.click(within(within(dialog).getByTestId('campaign-markets')).getByLabelText('IE'));
    fireEvent.change(brand, { target: { value: 'oat-co' } });
    fireEvent.click(within(dialog).getByTestId('campaign-save'));
    await waitFor(() => expect(screen.queryByTestId('campaign-dialog')).toBeNull());
    const [stored] = await db.shortlists.toArray();
    expect(briefOf(stored)).toEqual({ followerRange: { low: 50_000, high: 250_000 }, markets: ['DE', 'IE'], languages: ['en', 'de'], exclusivityDays: 60, brandId: 'oat-co' });
    expect(campaignRow('Spring').textContent).toMatch(/50k–250k followers · DE, IE · en, de · 60-day exclusivity · for Oat & Co/);
    // The row's decision follows the new brief: 20k followers is outside 50k–250k.
    await waitFor(() => expect(screen.getByTestId('row-decision').getAttribute('data-decision')).toBe('skip'));
    expect(screen.getByTestId('row-decision').textContent).toMatch(/^✗ Skip.*outside your 50k–250k brief/);
  });
});
