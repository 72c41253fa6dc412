import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { Dashboard } from './pages/dashboard';
import type { SeedCreator } from './pages/dashboard-seed';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's serious and critical findings on the page as it is now (evaluate() goes through DevTools, past the extension's CSP). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }> }> } }).axe;
    return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] })).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length} node(s))`);
}

const risk = (id: Flag['id'], message: string): Flag => ({ id, severity: 'risk', message, evidence: { postIds: [], numbers: {} } });
type Flag = NonNullable<SeedCreator['flags']>[number];

const CREATORS: SeedCreator[] = [
  { handle: 'ann', overall: 84, flags: [risk('undisclosed-sponsorship', 'A post reads as an ad but says nothing of it')], notes: 'Asked for the media kit', tags: ['vegan'] },
  { handle: 'bob', overall: 84, flags: [] },
];

let h: Harness;

beforeAll(async () => {
  h = await launch();
}, 60_000);
afterAll(async () => h?.close());

describe('the dashboard as a team table (real Chromium)', () => {
  it('shows each row’s decision and flags, keeps a status changed in the row after a reload, and edits an entry in the drawer', async () => {
    const dash = await Dashboard.openSeeded(h, CREATORS);
    const page = dash.page;
    // The table starts near the top: the file tools are one menu, the campaigns fold away.
    const firstRow = await dash.row('ann').boundingBox();
    expect(firstRow!.y).toBeLessThan(360);

    await expect.poll(() => dash.row('ann').getByTestId('row-decision').getAttribute('data-decision')).toBe('check');
    expect(await dash.row('ann').getByTestId('row-decision').innerText()).toMatch(/^\? Check/);
    expect(await dash.row('ann').locator('[data-flag="undisclosed-sponsorship"]').getAttribute('data-severity')).toBe('risk');
    expect(await dash.row('ann').locator('[data-col="flags"]').innerText()).toMatch(/undisclosed ad/);
    expect(await dash.row('ann').getByTestId('row-notes').textContent()).toBe('Notes: Asked for the media kit');
    expect(await dash.row('bob').getByTestId('row-decision').getAttribute('data-decision')).toBe('shortlist');
    expect(await dash.row('bob').getByTestId('row-decision').innerText()).toMatch(/^✓ Shortlist/);

    await dash.setStatus('bob', 'contacted');
    await page.reload();
    await dash.row('bob').waitFor();
    expect(await dash.row('bob').getByTestId('status-pill').inputValue()).toBe('contacted');
    expect(await dash.row('ann').getByTestId('status-pill').inputValue()).toBe('prospect');

    const drawer = await dash.openDrawer('ann');
    expect(await drawer.getByRole('heading', { level: 2 }).innerText()).toBe('@ann on instagram');
    expect(await drawer.getByTestId('drawer-decision').innerText()).toMatch(/Check[\s\S]*Dealbreaker: A post reads as an ad but says nothing of it/);
    expect(await drawer.getByTestId('flags').innerText()).toMatch(/A post reads as an ad but says nothing of it/);
    for (const part of ['disclosure', 'competitors', 'cost', 'snapshots']) expect(await drawer.getByTestId(part).count(), part).toBeGreaterThan(0);
    await drawer.getByTestId('drawer-notes').fill('Call booked for Monday');
    await drawer.getByTestId('drawer-tags').fill('vegan, tier-a');
    await drawer.getByTestId('drawer-quote').fill('450');
    await drawer.getByTestId('drawer-save').click();
    await drawer.getByTestId('drawer-saved').filter({ hasText: 'Saved ✓' }).waitFor();
    await page.reload();
    await dash.row('ann').waitFor();
    expect(await dash.row('ann').getByTestId('row-notes').textContent()).toBe('Notes: Call booked for Monday');
    const again = await dash.openDrawer('ann');
    expect(await again.getByTestId('drawer-notes').inputValue()).toBe('Call booked for Monday');
    expect(await again.getByTestId('drawer-tags').inputValue()).toBe('vegan, tier-a');
    expect(await again.getByTestId('drawer-quote').inputValue()).toBe('450');
    await page.close();
  }, 90_000);

  it('axe finds no serious or critical violation with the drawer open, in light and dark', async () => {
    const dash = await Dashboard.openSeeded(h, CREATORS);
    await dash.openDrawer('ann');
    for (const scheme of ['light', 'dark'] as const) {
      await dash.page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(dash.page), `dashboard with drawer (${scheme})`).toEqual([]);
    }
    await dash.page.keyboard.press('Escape');
    await dash.page.getByTestId('creator-detail').waitFor({ state: 'detached' });
    await dash.page.getByTestId('file-menu').click();
    for (const scheme of ['light', 'dark'] as const) {
      await dash.page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(dash.page), `dashboard with the File menu open (${scheme})`).toEqual([]);
    }
    await dash.page.close();
  }, 60_000);
});
