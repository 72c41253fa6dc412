import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { Dashboard } from './pages/dashboard';
import { SidePanel } from './pages/side-panel';
import { loadSamples } from './samples';

let h: Harness;
let panel: SidePanel;
const sample = loadSamples().find((s) => s.id === 'ig-current')!;

beforeAll(async () => {
  h = await launch();
  panel = await SidePanel.withShortlisted(h, sample);
}, 60_000);
afterAll(async () => h?.close());

describe('the side panel keeps up with the dashboard', () => {
  it('shows a campaign renamed and a status changed in the dashboard’s row, without a reload', async () => {
    const dashboard = await Dashboard.open(h);
    const dash = dashboard.page;
    await dashboard.showCampaigns();
    const campaign = await dash.getByTestId('campaigns-table').locator('tbody tr').first().getAttribute('data-campaign');
    await dash.getByRole('button', { name: `Edit campaign ${campaign}` }).click();
    await dash.getByTestId('campaign-name').fill('Spring 2027');
    await dash.getByTestId('campaign-save').click();
    await dash.getByTestId('campaign-dialog').waitFor({ state: 'detached' });
    await panel.page.locator('[data-testid="entry"][data-shortlist="Spring 2027"]').waitFor({ timeout: 10_000 });
    await panel.page.getByTestId('scored-for').filter({ hasText: 'Spring 2027' }).waitFor({ timeout: 10_000 });

    await dashboard.setStatus(String(sample.expect.handle), 'negotiating');
    const pressed = panel.page.getByTestId('status-pills').locator('[aria-pressed="true"]');
    await expect.poll(() => pressed.getAttribute('data-status'), { timeout: 10_000 }).toBe('negotiating');
  });
});
