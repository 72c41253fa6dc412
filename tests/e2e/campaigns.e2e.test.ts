import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { SidePanel } from './pages/side-panel';
import { loadSamples } from './samples';

let h: Harness;
let panel: SidePanel;

beforeAll(async () => {
  h = await launch();
  panel = await SidePanel.withShortlisted(h, loadSamples().find((s) => s.id === 'ig-current')!);
}, 60_000);
afterAll(async () => h?.close());

describe('the side panel keeps up with the dashboard', () => {
  it('shows a campaign renamed and an entry edited in the dashboard, without a reload', async () => {
    const dash = await h.context.newPage();
    await dash.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await dash.getByRole('button', { name: 'Edit campaign My shortlist' }).click();
    await dash.getByTestId('campaign-name').fill('Spring 2027');
    await dash.getByTestId('campaign-save').click();
    await dash.getByTestId('campaign-dialog').waitFor({ state: 'detached' });
    await panel.page.getByTestId('shortlisted').filter({ hasText: 'Already shortlisted in: Spring 2027' }).waitFor({ timeout: 10_000 });
    await panel.page.locator('[data-testid="entry"][data-shortlist="Spring 2027"]').waitFor();

    await dash.getByLabel('Select all shown').check();
    await dash.getByTestId('bulk-status').selectOption('negotiating');
    await dash.getByTestId('bulk-status-apply').click();
    const status = panel.page.locator('[data-testid="entry"][data-shortlist="Spring 2027"]').getByTestId('entry-status');
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('negotiating');
  });
});
