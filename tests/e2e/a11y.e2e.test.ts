import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { launch, type Harness } from './harness';
import { SidePanel } from './pages/side-panel';
import { loadSamples } from './samples';

/** Presses Tab through the page and returns the interactive elements it never reached. */
async function unreachableByKeyboard(page: Page): Promise<string[]> {
  const total = await page.evaluate(() => {
    // A tab that is not selected is out of the Tab order on purpose (WAI-ARIA tabs): the arrow keys reach it (options.e2e.test.ts).
    const sel = 'summary, a[href], button:not([disabled]):not([role="tab"][tabindex="-1"]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    // What a closed <details> folds away is out of reach until it opens, as it should be (the summary is not).
    const folded = (e: HTMLElement) => { const d = e.closest('details:not([open])'); return !!d && !e.closest('summary')?.parentElement?.isSameNode(d); };
    const els = Array.from(document.querySelectorAll<HTMLElement>(sel)).filter((e) => (e.offsetParent !== null || e.getClientRects().length > 0) && !folded(e));
    els.forEach((e, i) => e.setAttribute('data-kb', String(i)));
    (document.activeElement as HTMLElement | null)?.blur();
    return els.length;
  });
  const seen = new Set<string>();
  for (let i = 0; i < total + 5; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? null);
    if (id !== null) seen.add(id);
  }
  return page.evaluate((reached) => Array.from(document.querySelectorAll('[data-kb]'))
    .filter((e) => !reached.includes(e.getAttribute('data-kb') ?? ''))
    .map((e) => `${e.tagName.toLowerCase()} "${(e.textContent ?? '').trim().slice(0, 30)}"`), [...seen]);
}

async function fitsWidth(page: Page, width: number): Promise<boolean> {
  await page.setViewportSize({ width, height: 800 });
  return page.evaluate((w) => document.documentElement.scrollWidth <= w, width);
}

let h: Harness;
let panel: SidePanel;

beforeAll(async () => {
  h = await launch();
  // A shortlisted creator, so the dashboard shows its table, campaigns and bulk bar too.
  panel = await SidePanel.withShortlisted(h, loadSamples().find((s) => s.id === 'ig-current')!);
}, 60_000);
afterAll(async () => h?.close());

describe('accessibility, width and theme of the extension pages', () => {
  for (const [name, path] of [['side panel', null], ['dashboard', 'dashboard.html'], ['options', 'options.html']] as const) {
    it(`${name}: axe finds no serious or critical violations in light and dark, fits 360 px, every control reachable by Tab`, async () => {
      const page = path ? await h.context.newPage() : panel.page;
      if (path) {
        await page.goto(`chrome-extension://${h.extensionId}/${path}`);
        await page.waitForLoadState('networkidle');
        if (path === 'dashboard.html') await page.getByTestId('campaigns').waitFor();
      }
      // The panel's evidence sits in expanders: open them all, so axe and the Tab walk see what they hold too.
      if (!path) await panel.openAll();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(page), `${name} (${scheme})`).toEqual([]);
      }
      expect(await fitsWidth(page, 360), `${name} scrolls sideways at 360 px`).toBe(true);
      expect(await unreachableByKeyboard(page), `${name}: controls Tab never reaches`).toEqual([]);
    }, 60_000);
  }

  it('the axe check itself catches a violation (control)', async () => {
    const page = await h.context.newPage();
    await page.setContent('<main><button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main>');
    expect((await seriousViolations(page)).join(' ')).toMatch(/button-name|image-alt/);
    await page.close();
  });

  it('follows the browser\'s dark setting', async () => {
    const bg = async (scheme: 'light' | 'dark') => {
      await panel.page.emulateMedia({ colorScheme: scheme });
      return panel.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    expect(await bg('dark')).not.toBe(await bg('light'));
  });
});
