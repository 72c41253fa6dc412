import { join } from 'node:path';
import { saveBrand, type Harness } from './harness';
import { Dashboard } from './pages/dashboard';
import { SidePanel, type Scorecard } from './pages/side-panel';
import { loadDemoBrand, type Sample } from './samples';

export interface PanelReading extends Scorecard {
  sample: Sample;
  /** The first screen's decision line ("Shortlist …", "Check …", "Skip …"); empty on a refusal. */
  decision: string;
}

export interface FlowResult {
  panels: PanelReading[];
  csv: string;
  dashboardRows: number;
}

/**
 * The scout's path for `npm run demo`, built from the page objects the e2e tests use: with the demo
 * brand, open each profile's panel, answer the manual "content style" item, add the creator to the
 * campaign, then export the campaign from the dashboard. `shotsDir` saves screenshots: each panel's
 * first screen as the scout first sees it (panel-<sample>.png, 360 × 650), the dashboard
 * (dashboard.png), the dashboard with a creator's drawer open (dashboard-drawer.png) and the options.
 */
export async function runFlow(h: Harness, samples: Sample[], shotsDir?: string): Promise<FlowResult> {
  await saveBrand(h, loadDemoBrand());
  const panels: PanelReading[] = [];
  for (const sample of samples) {
    const panel = await SidePanel.openOn(h, sample);
    // The first screen before anything is opened or scrolled: the decision and "Add to" in view.
    if (shotsDir) await panel.screenshot(join(shotsDir, `panel-${sample.id}.png`));
    const card = await panel.scorecard();
    const decision = card.state === 'scorecard' ? await panel.decision() : '';
    if (card.state === 'scorecard') {
      await panel.answer('content-style', 'yes');
      await panel.addToShortlist();
    }
    panels.push({ sample, ...card, decision });
    await panel.close();
  }
  const dashboard = await Dashboard.open(h);
  const dashboardRows = await dashboard.rowCount();
  const csv = await dashboard.exportCsv();
  if (shotsDir) await dashboard.screenshot(join(shotsDir, 'dashboard.png'));
  const first = panels.find((p) => p.state === 'scorecard' && typeof p.sample.expect.handle === 'string');
  if (shotsDir && first) {
    await dashboard.page.setViewportSize({ width: 1280, height: 900 });
    await dashboard.openDrawer(String(first.sample.expect.handle));
    // The drawer is fixed to the window's height: a viewport shot, not a full-page one.
    await dashboard.page.screenshot({ path: join(shotsDir, 'dashboard-drawer.png') });
  }
  await dashboard.page.close();
  if (shotsDir) await screenshotOptions(h, join(shotsDir, 'options.png'));
  return { panels, csv, dashboardRows };
}

async function screenshotOptions(h: Harness, path: string): Promise<void> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path, fullPage: true });
  await page.close();
}
