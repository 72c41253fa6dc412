import { join } from 'node:path';
import { saveBrand, type Harness } from './harness';
import { Dashboard } from './pages/dashboard';
import { SidePanel, type Scorecard } from './pages/side-panel';
import { loadDemoBrand, type Sample } from './samples';

export interface PanelReading extends Scorecard {
  sample: Sample;
}

export interface FlowResult {
  panels: PanelReading[];
  csv: string;
  dashboardRows: number;
}

/**
 * The scout's path for `npm run demo`, built from the page objects the e2e tests use: with the demo
 * brand, open each profile's panel, answer the manual "content style" item, shortlist the creator,
 * then export the shortlist from the dashboard. `shotsDir` saves screenshots
 * (panel-<sample>.png, dashboard.png, options.png).
 */
export async function runFlow(h: Harness, samples: Sample[], shotsDir?: string): Promise<FlowResult> {
  await saveBrand(h, loadDemoBrand());
  const panels: PanelReading[] = [];
  for (const sample of samples) {
    const panel = await SidePanel.openOn(h, sample);
    const card = await panel.scorecard();
    if (card.state === 'scorecard') {
      await panel.answer('content-style', 'yes');
      await panel.addToShortlist();
    }
    if (shotsDir) await panel.screenshot(join(shotsDir, `panel-${sample.id}.png`));
    panels.push({ sample, ...card });
    await panel.close();
  }
  const dashboard = await Dashboard.open(h);
  const dashboardRows = await dashboard.rowCount();
  const csv = await dashboard.exportCsv();
  if (shotsDir) await dashboard.screenshot(join(shotsDir, 'dashboard.png'));
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
