import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { useBrowser } from './browser';
import { OptionsPage } from './pages/options';

/** The options page in real Chromium over the built extension (`npx wxt build` first). The demo brand is saved before each test. */
describe('options page: several brands, in tabs', () => {
  const browser = useBrowser('each');

  it('saves a second brand that is still there after a reload, the first untouched', async () => {
    const options = await OptionsPage.open(browser());
    expect(await options.brands()).toEqual(['Patchwork Outdoor']);
    await options.newBrand('Zest Drinks');
    await options.page.getByLabel('Currency').selectOption('EUR');
    await options.save();
    expect(await options.brands()).toEqual(['Patchwork Outdoor', 'Zest Drinks']);

    await options.reload();
    expect(await options.brands()).toEqual(['Patchwork Outdoor', 'Zest Drinks']);
    expect(await options.nameBox.inputValue()).toBe('Patchwork Outdoor');
    await options.openBrand('Zest Drinks');
    expect(await options.page.getByLabel('Currency').inputValue()).toBe('EUR');
    await options.openBrand('Patchwork Outdoor');
    expect(await options.page.getByLabel('Currency').inputValue()).toBe('GBP');
    // The internal id is how campaigns point at the brand; it never reaches the screen.
    expect(await options.page.locator('body').innerText()).not.toMatch(/brand-[a-z0-9]{4,}/);
  }, 60_000);

  it('axe finds no serious or critical violation on any tab, light or dark, with two brands and a problem showing', async () => {
    const options = await OptionsPage.open(browser());
    await options.newBrand('Zest Drinks');
    await options.save();
    // A refused save too: the error summary, an invalid box and a tab's problem count are drawn.
    await options.showTab('Advanced');
    await options.page.getByRole('textbox', { name: 'Posting gap (days)' }).fill('soon');
    await options.showTab('Brand');
    await options.page.getByRole('button', { name: 'Save', exact: true }).click();
    await options.tab('Advanced').filter({ hasText: '1 problem' }).waitFor();
    for (const tab of ['Brand', 'Checklist', 'Advanced'] as const) {
      await options.showTab(tab);
      for (const scheme of ['light', 'dark'] as const) {
        await options.page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(options.page), `${tab} (${scheme})`).toEqual([]);
      }
    }
  }, 90_000);

  it('reaches the tabs by keyboard: Tab lands on the selected tab, the arrow keys select the others', async () => {
    const { page } = await OptionsPage.open(browser());
    const focused = () => page.evaluate(() => `${document.activeElement?.getAttribute('role') ?? ''}:${document.activeElement?.textContent ?? ''}`);
    for (let i = 0; i < 30 && (await focused()) !== 'tab:Brand'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('tab:Brand');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab:Checklist');
    await page.getByRole('heading', { name: 'Value checklist' }).waitFor();
    await page.keyboard.press('End');
    expect(await focused()).toBe('tab:Advanced');
    await page.getByRole('heading', { name: 'Thresholds' }).waitFor();
    // Tab leaves the tab list for the panel: one stop for the tabs, not three.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
  }, 60_000);

  it('fits 360 px on every tab and is no longer one long column at 1280 px', async () => {
    const { page } = await OptionsPage.open(browser());
    const heights: Record<string, number> = {};
    for (const tab of ['Brand', 'Checklist', 'Advanced'] as const) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('tab', { name: tab }).click();
      heights[tab] = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 360, height: 650 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${tab} scrolls sideways`).toBeLessThanOrEqual(360);
    }
    // The single page was about 5,800 px tall at this width.
    for (const [tab, h] of Object.entries(heights)) expect(h, tab).toBeLessThan(2_600);
  }, 60_000);
});
