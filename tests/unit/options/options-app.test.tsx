// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrandProfile, DEFAULT_BRAND } from '@/lib/core/model/brand';
import { createOptionsStore, type OptionsApi } from '@/lib/options/store';
import { OptionsPage } from '@/lib/options/views/OptionsPage';

afterEach(cleanup);

const STORED = BrandProfile.parse({
  name: 'Patchwork Outdoor',
  handles: ['patchworkoutdoor'],
  competitors: [{ name: 'Loopthread', handles: ['loopthread.co'], keywords: ['Loopthread'] }],
  benchmarkOverrides: { 'instagram.micro': { low: 0.025, high: 0.05 } },
  rateCard: { 'tiktok.micro': { low: 40, high: 90 } },
});

function setup(stored: BrandProfile = STORED, loadBrand?: OptionsApi['loadBrand']) {
  const api = {
    loadBrand: vi.fn(loadBrand ?? (async () => stored)),
    saveBrand: vi.fn(async (brand: BrandProfile) => brand),
  };
  const useOptions = createOptionsStore(api, 'en-GB');
  render(<OptionsPage useOptions={useOptions} />);
  return { api, saved: () => api.saveBrand.mock.calls.at(-1)![0] };
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('Options page', () => {
  it('loads, shows an error beside a bad value, keeps it, then saves once fixed', async () => {
    const { api, saved } = setup();
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
    expect(saved()).toMatchObject({ name: 'Patchwork', exclusivityDays: 120, competitors: STORED.competitors, rateCard: STORED.rateCard });
  });

  it('shows a problem when the scout leaves the field', async () => {
    setup();
    const name = await screen.findByLabelText('Brand name');
    type('Brand name', '');
    fireEvent.blur(name);
    expect(screen.getByText('Required')).toBeTruthy();
  });

  it('adds a preset once and saves it', async () => {
    const { saved } = setup();
    const add = await screen.findByRole('button', { name: /^Add preset: Inclusive/ });
    fireEvent.click(add);
    expect(add.textContent).toBe('Added');
    expect(add).toHaveProperty('disabled', true);
    const items = screen.getAllByTestId('checklist-item');
    expect(within(items[0]!).getByLabelText('Id')).toHaveProperty('value', 'inclusivity');
    save();
    await waitFor(() => expect(saved().checklist.map((i) => i.id)).toEqual(['inclusivity']));
  });

  it('resets an override so the default applies again', async () => {
    const { saved } = setup();
    const low = await screen.findByLabelText('Instagram micro benchmark Low (%)');
    expect(low).toHaveProperty('value', '2.5');
    expect(screen.getByLabelText('TikTok micro fee Low (GBP)')).toHaveProperty('value', '40');
    fireEvent.click(screen.getByRole('button', { name: 'Reset Instagram micro benchmark to the default' }));
    expect(screen.getByLabelText('Instagram micro benchmark Low (%)')).toHaveProperty('value', '');
    save();
    await waitFor(() => expect(saved().benchmarkOverrides).toEqual({}));
    expect(saved().rateCard).toEqual(STORED.rateCard);
  });

  it('edits competitors and checklist items, with the id following the label', async () => {
    const { saved } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Add competitor' }));
    const second = screen.getAllByTestId('competitor')[1]!;
    fireEvent.change(within(second).getByLabelText('Name'), { target: { value: 'Ridgeline' } });
    fireEvent.change(within(second).getByLabelText('Handles'), { target: { value: '@Ridgeline,\nridge.gear' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove competitor 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    fireEvent.change(within(screen.getByTestId('checklist-item')).getByLabelText('Label'), { target: { value: 'Outdoors, often' } });
    save();
    await waitFor(() => expect(saved().competitors).toEqual([{ name: 'Ridgeline', handles: ['ridgeline', 'ridge.gear'], keywords: [] }]));
    expect(saved().checklist).toEqual([{ id: 'outdoors-often', label: 'Outdoors, often', kind: 'manual', lookFor: [], avoid: [] }]);
  });

  it('resets everything only after confirmation', async () => {
    const { api, saved } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Reset all to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.saveBrand).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Reset all to defaults' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset all' }));
    await waitFor(() => expect(saved()).toEqual(DEFAULT_BRAND));
    expect(screen.getByLabelText('Brand name')).toHaveProperty('value', 'My brand');
  });

  it('says when loading fails and can try again', async () => {
    let fail = true;
    setup(STORED, async () => {
      if (fail) throw new Error('no background');
      return STORED;
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Could not load your brand profile: no background/);
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Brand name')).toHaveProperty('value', 'Patchwork Outdoor');
  });

  it('labels every control and shows fees in the chosen currency', async () => {
    setup();
    await screen.findByLabelText('Brand name');
    for (const el of document.querySelectorAll('input, select, textarea, button')) {
      const named = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.textContent?.trim();
      expect(named, el.outerHTML).toBeTruthy();
    }
    expect(screen.getByTestId('range-rateCard.instagram.micro').textContent).toContain('£80 – £400 per post');
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'EUR' } });
    expect(screen.getByTestId('range-rateCard.instagram.micro').textContent).toContain('€92 – €460 per post');
    expect(screen.getByLabelText('TikTok micro fee Low (EUR)')).toHaveProperty('value', '40');
  });
});
