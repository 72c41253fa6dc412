import { join } from 'node:path';
import { followFlow, type FollowReading } from './follow';
import type { Harness } from './harness';
import { Dashboard } from './pages/dashboard';
import { SidePanel } from './pages/side-panel';
import { loadDemoBrand, type Sample } from './samples';

/** Saves the brand profile through the extension's own typed message, as the options page does. */
async function applyBrand(h: Harness, brand: unknown): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
  const saved = await page.evaluate(async (b) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    return api.runtime.sendMessage({ type: 'save-brand', payload: { brand: b } });
  }, brand);
  if (!saved) throw new Error('The extension refused the demo brand profile.');
  await page.close();
}

export interface PanelReading {
  sample: Sample;
  state: 'scorecard' | 'error';
  texts: Record<string, string>;
  /** Elements that would exist only if page text had been rendered as HTML. */
  injectedElements: number;
  /** Milliseconds from opening the panel page to a painted scorecard (includes loading the panel itself). */
  paintMs: number;
  /** Milliseconds from clicking "Score again" to the repainted scorecard, measured in the panel. */
  rescoreMs: number | null;
  /** The profile page's own scripts got their data (the observer must not break them). */
  pageOwnFetchOk: boolean;
  /** Flag ids shown in the panel, in order. */
  flags: string[];
  /** The manual "content style" item after the scout answered yes (null when not shown). */
  manualAnswer: string | null;
}

export interface FlowResult {
  panels: PanelReading[];
  csv: string;
  dashboardRows: number;
  dialogs: string[];
  /** The panel following one tab from profile to profile (null when the samples lack two Instagram creators). */
  follow: FollowReading | null;
  /** Rows the dashboard shows once filtered, by filter. */
  filtered: { tiktok: number };
  /** Per platform, the creator the panel shows after its tab moved to a second profile. */
  followed: Record<string, string>;
}

const TEST_IDS = ['display-name', 'tier', 'followers', 'engagement', 'posts-count', 'bio', 'posts', 'error'];

/**
 * The scout's path: open each profile, score it in the side panel, shortlist it,
 * then export the shortlist from the dashboard. `shotsDir` saves screenshots.
 */
export async function runFlow(h: Harness, samples: Sample[], shotsDir?: string): Promise<FlowResult> {
  await applyBrand(h, loadDemoBrand());
  const panels: PanelReading[] = [];
  const dialogs: string[] = [];
  h.context.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); }));
  for (const sample of samples) {
    h.serve(sample);
    const profile = await h.context.newPage();
    profile.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await profile.goto(sample.url);
    await profile.waitForLoadState('networkidle');
    const pageOwnFetchOk = !/went wrong|try again/i.test(await profile.locator('body').innerText());
    const started = Date.now();
    const panel = await SidePanel.openFor(h, profile);
    const state = await panel.settled();
    const paintMs = Date.now() - started;
    const texts: Record<string, string> = {};
    for (const id of TEST_IDS) {
      if ((await panel.page.getByTestId(id).count()) > 0) texts[id] = await panel.text(id);
    }
    const injectedElements = await panel.page.locator('main img, main script, main iframe').count();
    const flags = await panel.page.locator('[data-flag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag') ?? ''));
    const rescoreMs = state === 'scorecard' ? await panel.timeRescore() : null;
    const manualAnswer = state === 'scorecard' ? await panel.answer('content-style', 'yes') : null;
    if (state === 'scorecard') await panel.addToShortlist();
    if (shotsDir) await panel.screenshot(join(shotsDir, `panel-${sample.id}.png`));
    panels.push({ sample, state, texts, injectedElements, paintMs, rescoreMs, pageOwnFetchOk, flags, manualAnswer });
    await panel.close();
    await profile.close();
  }
  const dashboard = await Dashboard.open(h);
  const dashboardRows = await dashboard.rowCount();
  const csv = await dashboard.exportCsv();
  if (shotsDir) await dashboard.screenshot(join(shotsDir, 'dashboard.png'));
  const filtered = { tiktok: await dashboard.filter({ platform: 'tiktok' }) };
  await dashboard.page.close();
  if (shotsDir) await screenshotOptions(h, join(shotsDir, 'options.png'));
  const followed = await followByPlatform(h, samples);
  // After the export, so the extra visits and the edited entry leave the CSV assertions alone.
  const [first, second] = samples.filter((s) => s.platform === 'instagram' && !s.expect.error && !s.expect.isPrivate);
  const follow = first && second ? await followFlow(h, first, second, 'My shortlist') : null;
  return { panels, csv, dashboardRows, dialogs, follow, filtered, followed };
}

/**
 * For each platform: one panel, one tab, two profiles. A full load of the second profile in
 * the same tab must bring the panel to the second creator without reopening it.
 */
async function followByPlatform(h: Harness, samples: Sample[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const platform of ['tiktok', 'youtube'] as const) {
    const [first, second] = samples.filter((s) => s.platform === platform && !s.expect.error && !s.expect.isPrivate);
    if (!first || !second) continue;
    h.serve(first);
    const profile = await h.context.newPage();
    await profile.goto(first.url);
    await profile.waitForLoadState('networkidle');
    const panel = await SidePanel.openFor(h, profile);
    await panel.showsCreator(first.expect.displayName as string);
    h.serve(second);
    await profile.goto(second.url);
    await panel.showsCreator(second.expect.displayName as string);
    out[platform] = await panel.text('display-name');
    const charts = await panel.charts();
    out[`${platform}:engagement-chart`] = String(charts.some((c) => c.id === 'engagement-chart' && c.drawn && c.rows > 0));
    await panel.close();
    await profile.close();
  }
  return out;
}

async function screenshotOptions(h: Harness, path: string): Promise<void> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path, fullPage: true });
  await page.close();
}
