// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BrandProfile, DEFAULT_BRAND } from '@/lib/core/model/brand';
import { createOptionsStore, type OptionsApi } from '@/lib/options/store';
import { OptionsPage } from '@/lib/options/views/OptionsPage';
import { closeAll, freshDb } from '../db/seed';
import { storedApi } from './stored-api';

afterEach(async () => {
  cleanup();
  await closeAll();
});

const STORED = BrandProfile.parse({
  name: 'Patchwork Outdoor',
  handles: ['patchworkoutdoor'],
  competitors: [{ name: 'Loopthread', handles: ['loopthread.co'], keywords: ['Loopthread'] }],
  benchmarkOverrides: { 'instagram.micro': { low: 0.025, high: 0.05 } },
  rateCard: { 'tiktok.micro': { low: 40, high: 90 } },
});

async function setup(loadBrands?: OptionsApi['loadBrands']) {
  const { api, saved, stored } = await storedApi(freshDb(), [STORED]);
  if (loadBrands) api.loadBrands.mockImplementation(loadBrands);
  render(<OptionsPage useOptions={createOptionsStore(api, 'en-GB')} />);
  return { api, saved, stored };
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));
const showTab = (name: RegExp) => fireEvent.click(screen.getByRole('tab', { name }));

describe('Options page', () => {
  it('loads, shows an error beside a bad value, keeps it, then saves once fixed', async () => {
    const { api, saved } = await setup();
    expect(await screen.findByLabelText('Brand name')).toHaveProperty('value', 'Patchwork Outdoor');
    type('Brand name', 'Patchwork');
    type('Exclusivity (days)', 'ninety');
    save();
    const box = screen.getByLabelText('Exclusivity (days)');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box).toHaveProperty('value', 'ninety');
    expect(document.getElementById(box.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe('“ninety” is not a number');
    expect(screen.getByTestId('save-status').textContent).toBe('1 field needs attention');
    expect(api.saveBrand).not.toHaveBeenCalled();

    type('Exclusivity (days)', '120');
    expect(screen.queryByText('“ninety” is not a number')).toBeNull();
    save();
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    expect(BrandProfile.parse(saved())).toEqual(saved());
    expect(saved()).toMatchObject({ id: STORED.id, name: 'Patchwork', exclusivityDays: 120, competitors: STORED.competitors, rateCard: STORED.rateCard });
  });

  it('shows a problem when the scout leaves the field', async () => {
    await setup();
    const name = await screen.findByLabelText('Brand name');
    type('Brand name', '');
    fireEvent.blur(name);
    expect(screen.getByText('Required')).toBeTruthy();
  });

  it('adds a preset once and saves it, with no id on screen', async () => {
    const { saved } = await setup();
    await screen.findByLabelText('Brand name');
    showTab(/^Checklist/);
    const add = screen.getByRole('button', { name: /^Add preset: Inclusive/ });
    fireEvent.click(add);
    expect(add.textContent).toBe('Added');
    expect(add).toHaveProperty('disabled', true);
    const item = screen.getByTestId('checklist-item');
    expect(within(item).queryByLabelText('Id')).toBeNull();
    expect(Array.from(item.querySelectorAll('input, textarea')).map((el) => (el as HTMLInputElement).value)).not.toContain('inclusivity');
    save();
    await waitFor(() => expect(saved().checklist.map((i) => i.id)).toEqual(['inclusivity']));
  });

  it('resets an override so the default applies again', async () => {
    const { saved } = await setup();
    await screen.findByLabelText('Brand name');
    showTab(/^Advanced/);
    const low = screen.getByLabelText('Instagram micro benchmark Low (%)');
    expect(low).toHaveProperty('value', '2.5');
    expect(screen.getByLabelText('TikTok micro fee Low (GBP)')).toHaveProperty('value', '40');
    fireEvent.click(screen.getByRole('button', { name: 'Reset Instagram micro benchmark to the default' }));
    expect(screen.getByLabelText('Instagram micro benchmark Low (%)')).toHaveProperty('value', '');
    save();
    await waitFor(() => expect(saved().benchmarkOverrides).toEqual({}));
    expect(saved().rateCard).toEqual(STORED.rateCard);
  });

  it('edits competitors and checklist items, each item id made from its label', async () => {
    const { saved } = await setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Add competitor' }));
    const second = screen.getAllByTestId('competitor')[1]!;
    fireEvent.change(within(second).getByLabelText('Name'), { target: { value: 'Ridgeline' } });
    fireEvent.change(within(second).getByLabelText('Handles'), { target: { value: '@Ridgeline,\nridge.gear' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove competitor 1' }));
    showTab(/^Checklist/);
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    fireEvent.change(within(screen.getByTestId('checklist-item')).getByLabelText('Label'), { target: { value: 'Outdoors, often' } });
    save();
    await waitFor(() => expect(saved().checklist).toEqual([{ id: 'outdoors-often', label: 'Outdoors, often', kind: 'manual', lookFor: [], avoid: [] }]));
    expect(saved().competitors).toEqual([{ name: 'Ridgeline', handles: ['ridgeline', 'ridge.gear'], keywords: [] }]);
  });

  it('resets the brand on screen, but its name, only after confirmation', async () => {
    const { api, saved } = await setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Reset this brand to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.saveBrand).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset this brand to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset all' }));
    await waitFor(() => expect(saved()).toEqual({ ...DEFAULT_BRAND, name: 'Patchwork Outdoor' }));
    expect(screen.getByLabelText('Your own handles')).toHaveProperty('value', '');
    expect(screen.getByLabelText('Brand name')).toHaveProperty('value', 'Patchwork Outdoor');
  });

  it('says when loading fails and can try again', async () => {
    let fail = true;
    const { stored } = await setup(async () => {
      if (fail) throw new Error('no background');
      return stored();
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not load your brand profiles: no background/);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Brand name')).toHaveProperty('value', 'Patchwork Outdoor');
  });

  it('labels every control on every tab and shows fees in the chosen currency', async () => {
    await setup();
    await screen.findByLabelText('Brand name');
    for (const tab of [/^Brand/, /^Checklist/, /^Advanced/]) {
      showTab(tab);
      for (const el of document.querySelectorAll('input, select, textarea, button')) {
        const named = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.textContent?.trim();
        expect(named, el.outerHTML).toBeTruthy();
      }
    }
    showTab(/^Brand/);
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'EUR' } });
    showTab(/^Advanced/);
    expect(screen.getByTestId('range-rateCard.instagram.micro').textContent).toContain('€92 – €460 per post');
    expect(screen.getByLabelText('TikTok micro fee Low (EUR)')).toHaveProperty('value', '40');
  });

  it('never shows the brand\'s internal id', async () => {
    const { api } = await setup();
    await screen.findByLabelText('Brand name');
    const brandId = (await api.loadBrands())[0]!.id;
    for (const tab of [/^Brand/, /^Checklist/, /^Advanced/]) {
      showTab(tab);
      const values = Array.from(document.querySelectorAll('input, textarea')).map((el) => (el as HTMLInputElement).value);
      expect(values).not.toContain(brandId);
      expect(document.body.textContent).not.toMatch(/\bId\b/);
    }
  });
});
