// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BrandProfile } from '@/lib/core/model/brand';
import { createOptionsStore } from '@/lib/options/store';
import { tabOfPath, tabToShow } from '@/lib/options/tabs';
import { OptionsPage } from '@/lib/options/views/OptionsPage';
import { closeAll, freshDb } from '../db/seed';
import { storedApi } from './stored-api';

afterEach(async () => {
  cleanup();
  await closeAll();
});

async function open() {
  const s = await storedApi(freshDb(), [BrandProfile.parse({ id: 'acme', name: 'Acme' })]);
  render(<OptionsPage useOptions={createOptionsStore(s.api, 'en-GB')} />);
  await screen.findByLabelText('Brand name');
  return s;
}

const tab = (name: RegExp) => screen.getByRole('tab', { name });
const selected = () => screen.getAllByRole('tab').filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent);
const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key });

describe('the options tabs', () => {
  it('are ARIA tabs: a named tablist, each tab controlling a panel labelled by it, one Tab stop', async () => {
    await open();
    expect(screen.getByRole('tablist', { name: 'Settings for Acme' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Brand', 'Checklist', 'Advanced']);
    for (const t of screen.getAllByRole('tab')) {
      const panel = document.getElementById(t.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).toBe('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).toBe(t.id);
    }
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel', { name: 'Brand' }).hidden).toBe(false);
  });

  it('move and select with the arrow keys, wrapping round, and with Home and End', async () => {
    await open();
    tab(/^Brand/).focus();
    press('ArrowRight');
    expect(document.activeElement).toBe(tab(/^Checklist/));
    expect(selected()).toEqual(['Checklist']);
    expect(screen.getByRole('heading', { name: 'Value checklist' })).toBeTruthy();
    expect(screen.queryByLabelText('Brand name')).toBeNull();
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    press('ArrowRight');
    press('ArrowRight');
    expect(selected()).toEqual(['Brand']);
    press('ArrowLeft');
    expect(document.activeElement).toBe(tab(/^Advanced/));
    expect(screen.getByRole('heading', { name: 'Thresholds' })).toBeTruthy();
    press('Home');
    expect(selected()).toEqual(['Brand']);
    press('End');
    expect(selected()).toEqual(['Advanced']);
    press('a');
    expect(selected()).toEqual(['Advanced']);
  });

  it('say in words how many problems each holds, and a refused save brings the first one forward', async () => {
    const { api } = await open();
    fireEvent.click(tab(/^Advanced/));
    fireEvent.change(screen.getByLabelText('Posting gap (days)'), { target: { value: 'soon' } });
    fireEvent.click(tab(/^Checklist/));
    fireEvent.click(screen.getByRole('button', { name: 'Add item' }));
    fireEvent.click(tab(/^Brand/));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(api.saveBrand).not.toHaveBeenCalled();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Brand', 'Checklist 1 problem', 'Advanced 1 problem']);
    expect(selected()).toEqual(['Checklist 1 problem']);
  });

  it('a link in the error summary opens the tab of its field and puts the cursor there', async () => {
    await open();
    fireEvent.click(tab(/^Advanced/));
    fireEvent.change(screen.getByLabelText('Posting gap (days)'), { target: { value: 'soon' } });
    fireEvent.click(tab(/^Brand/));
    fireEvent.change(screen.getByLabelText('Brand name'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(selected()).toEqual(['Brand 1 problem']);
    fireEvent.click(screen.getByRole('link', { name: 'Threshold posting gap days' }));
    expect(selected()).toEqual(['Advanced 1 problem']);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Posting gap (days)')));
  });

  it('know which tab holds each field', () => {
    expect(['name', 'markets', 'competitors.0.name', 'checklist.1.label', 'thresholds.postingGapDays', 'rateCard.tiktok.micro.low'].map(tabOfPath))
      .toEqual(['brand', 'brand', 'brand', 'checklist', 'advanced', 'advanced']);
    expect(tabToShow('advanced', { name: 'Required', 'rateCard.tiktok.micro': 'x' })).toBe('advanced');
    expect(tabToShow('checklist', { name: 'Required' })).toBe('brand');
    expect(tabToShow('checklist', {})).toBe('checklist');
  });
});
