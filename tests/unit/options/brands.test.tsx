// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BrandProfile, DEFAULT_BRAND } from '@/lib/core/model/brand';
import { createOptionsStore } from '@/lib/options/store';
import { OptionsPage } from '@/lib/options/views/OptionsPage';
import type { MicroscopeDb } from '@/lib/store/schema';
import { closeAll, freshDb } from '../db/seed';
import { storedApi } from './stored-api';

afterEach(async () => {
  cleanup();
  await closeAll();
});

const acme = BrandProfile.parse({ id: 'acme', name: 'Acme', markets: ['UK'] });
const zest = BrandProfile.parse({ id: 'zest', name: 'Zest', markets: ['US'], exclusivityDays: 30 });

/** The options page over a real database holding `brands`; random is fixed so a new brand's id is known. */
async function open(brands: BrandProfile[], db: MicroscopeDb = freshDb()) {
  const s = await storedApi(db, brands);
  render(<OptionsPage useOptions={createOptionsStore(s.api, 'en-GB', () => 0.123456789)} />);
  await screen.findByLabelText('Brand name');
  return { ...s, db };
}

const picker = () => within(screen.getByRole('region', { name: 'Brands' }));
const choices = () => screen.getAllByTestId('brand-choice').map((b) => b.textContent?.replace(/^✓ /, ''));
const current = () => screen.getAllByTestId('brand-choice').find((b) => b.getAttribute('aria-current') === 'true')?.textContent?.replace(/^✓ /, '');
const nameBox = () => screen.getByLabelText('Brand name') as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));
const saved = () => waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));

describe('several brands in the options page', () => {
  it('lists every brand and opens the first', async () => {
    await open([acme, zest]);
    expect(choices()).toEqual(['Acme', 'Zest']);
    expect(current()).toBe('Acme');
    expect(nameBox().value).toBe('Acme');
  });

  it('creates a brand with a fresh hidden id, saves it beside the others, and keeps it after a reload', async () => {
    const { api, stored, db } = await open([acme]);
    fireEvent.click(picker().getByRole('button', { name: 'New brand' }));
    expect(document.activeElement).toBe(nameBox());
    expect(nameBox().value).toBe('');
    expect(current()).toBe('New brand (new, not saved yet)');
    type('Brand name', 'Zest Drinks');
    expect(current()).toBe('Zest Drinks (new, not saved yet)');
    save();
    await saved();
    const made = api.saveBrand.mock.calls[0]![0];
    expect(made.id).toMatch(/^brand-[a-z0-9]{4,}$/);
    expect(made.id).not.toBe(acme.id);
    expect(document.body.textContent).not.toContain(made.id);
    expect((await stored()).map((b) => b.name)).toEqual(['Acme', 'Zest Drinks']);
    expect(choices()).toEqual(['Acme', 'Zest Drinks']);

    cleanup();
    await open([], db);
    expect(choices()).toEqual(['Acme', 'Zest Drinks']);
  });

  it('switches brands without losing unsaved typing, and says which brand has it', async () => {
    const { api } = await open([acme, zest]);
    type('Brand name', 'Acme Outdoor');
    fireEvent.click(screen.getByRole('button', { name: /^Zest/ }));
    expect(nameBox().value).toBe('Zest');
    expect(screen.getByLabelText('Exclusivity (days)')).toHaveProperty('value', '30');
    expect(choices()).toEqual(['Acme Outdoor (unsaved changes)', 'Zest']);
    fireEvent.click(screen.getByRole('button', { name: /^Acme Outdoor/ }));
    expect(nameBox().value).toBe('Acme Outdoor');
    expect(api.saveBrand).not.toHaveBeenCalled();
  });

  it('renames a brand through its name field, keeping its id', async () => {
    const { stored } = await open([acme, zest]);
    fireEvent.click(screen.getByRole('button', { name: /^Zest/ }));
    type('Brand name', 'Zest & Co');
    expect(choices()).toEqual(['Acme', 'Zest & Co (unsaved changes)']);
    save();
    await saved();
    expect((await stored()).map((b) => [b.id, b.name])).toEqual([['acme', 'Acme'], ['zest', 'Zest & Co']]);
    expect(choices()).toEqual(['Acme', 'Zest & Co']);
  });

  it('refuses a name another brand has, in words beside the name, and saves nothing', async () => {
    const { api } = await open([acme, zest]);
    type('Brand name', 'zest');
    save();
    expect(nameBox().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByText('Another brand is already called “Zest”').length).toBeGreaterThan(0);
    expect(api.saveBrand).not.toHaveBeenCalled();
  });

  it('deletes a brand only after a yes, then shows the one left', async () => {
    const { api, stored } = await open([acme, zest]);
    fireEvent.click(screen.getByRole('button', { name: /^Zest/ }));
    fireEvent.click(picker().getByRole('button', { name: 'Delete “Zest”' }));
    expect(picker().getByRole('group', { name: 'Confirm delete' }).textContent).toContain('Its campaigns will be scored for “Acme”');
    fireEvent.click(picker().getByRole('button', { name: 'Cancel' }));
    expect(api.deleteBrand).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(picker().getByRole('button', { name: 'Delete “Zest”' }));

    fireEvent.click(picker().getByRole('button', { name: 'Delete “Zest”' }));
    fireEvent.click(picker().getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Deleted “Zest”'));
    expect((await stored()).map((b) => b.id)).toEqual(['acme']);
    expect(choices()).toEqual(['Acme']);
    expect(nameBox().value).toBe('Acme');
  });

  it('refuses to delete the last brand, in words, without asking or calling the background', async () => {
    const { api } = await open([acme]);
    fireEvent.click(picker().getByRole('button', { name: 'Delete “Acme”' }));
    expect(picker().queryByRole('group', { name: 'Confirm delete' })).toBeNull();
    expect(picker().getByRole('status').textContent).toMatch(/^Keep at least one brand: every score is made for a brand/);
    expect(api.deleteBrand).not.toHaveBeenCalled();
    expect(choices()).toEqual(['Acme']);
  });

  it('discards a new brand that was never saved, without the background', async () => {
    const { api } = await open([acme]);
    fireEvent.click(picker().getByRole('button', { name: 'New brand' }));
    fireEvent.click(picker().getByRole('button', { name: 'Discard new brand' }));
    fireEvent.click(picker().getByRole('button', { name: 'Yes, discard it' }));
    expect(choices()).toEqual(['Acme']);
    expect(nameBox().value).toBe('Acme');
    expect(api.deleteBrand).not.toHaveBeenCalled();
    expect(api.saveBrand).not.toHaveBeenCalled();
  });

  it('keeps a new brand as a draft while another is edited, and lists it last', async () => {
    await open([acme, zest]);
    fireEvent.click(picker().getByRole('button', { name: 'New brand' }));
    type('Brand name', 'Nova');
    fireEvent.click(screen.getByRole('button', { name: /^Acme/ }));
    expect(choices()).toEqual(['Acme', 'Zest', 'Nova (new, not saved yet)']);
    fireEvent.click(screen.getByRole('button', { name: /^Nova/ }));
    expect(nameBox().value).toBe('Nova');
  });

  it('a first save on a fresh install stores the brand typed, not the stand-in', async () => {
    const { stored } = await open([]);
    expect(choices()).toEqual([DEFAULT_BRAND.name]);
    type('Brand name', 'Patchwork');
    save();
    await saved();
    expect((await stored()).map((b) => b.name)).toEqual(['Patchwork']);
  });
});
