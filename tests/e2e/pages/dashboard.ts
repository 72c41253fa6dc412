import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { Harness } from '../harness';
import { seedDashboard, type SeedCreator } from './dashboard-seed';

/** The dashboard: the team table, its File menu, the campaigns and the creator drawer. */
export class Dashboard {
  private constructor(readonly page: Page) {}

  static async open(h: Harness): Promise<Dashboard> {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await page.getByTestId('shortlist').or(page.getByTestId('empty')).waitFor();
    return new Dashboard(page);
  }

  /** Opens an empty dashboard, puts these creators on the campaign "Spring", and shows them. */
  static async openSeeded(h: Harness, creators: SeedCreator[]): Promise<Dashboard> {
    const dash = await Dashboard.open(h);
    await seedDashboard(dash.page, creators);
    await dash.page.getByTestId('row-summary').filter({ hasText: `of ${creators.length} entries` }).waitFor();
    return dash;
  }

  rowCount(): Promise<number> {
    return this.page.locator('[data-testid="shortlist"] tbody tr').count();
  }

  /** The table row of a creator, by handle. */
  row(handle: string): Locator {
    return this.page.locator('[data-testid="shortlist"] tbody tr').filter({ has: this.page.getByRole('link', { name: `@${handle}`, exact: true }) });
  }

  /** Chooses an item of the File menu (export-csv, import-csv, backup, restore). */
  async fromFileMenu(item: string): Promise<void> {
    await this.page.getByTestId('file-menu').click();
    await this.page.getByTestId(item).click();
  }

  /** Chooses "Export … as CSV" in the File menu and returns the downloaded file's exact text. */
  async exportCsv(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.fromFileMenu('export-csv')]);
    const path = await download.path();
    return readFileSync(path, 'utf8');
  }

  /** Changes a creator's status with the pill in its row and waits for the row to show it saved. */
  async setStatus(handle: string, status: string): Promise<void> {
    await this.row(handle).getByTestId('status-pill').selectOption(status);
    await this.page.getByTestId('undo').filter({ hasText: `@${handle}: status set to ${status}` }).waitFor();
  }

  /** Opens a creator's drawer with its Details button; resolves to the drawer. */
  async openDrawer(handle: string): Promise<Locator> {
    await this.row(handle).getByTestId('open-drawer').click();
    const drawer = this.page.getByTestId('creator-detail');
    await drawer.getByTestId('drawer-scorecard').or(drawer.getByTestId('no-scorecard')).waitFor();
    return drawer;
  }

  /** Unfolds the campaigns list (their briefs, Edit and Delete). */
  async showCampaigns(): Promise<void> {
    const list = this.page.getByTestId('campaigns');
    if ((await list.getAttribute('open')) === null) await list.locator('summary').click();
  }

  /**
   * Narrows the table by any of the dashboard's filters ('' clears one); resolves once the
   * row summary reflects it. Returns the rows left.
   */
  async filter(by: { platform?: string; tier?: string; status?: string; flag?: string; decision?: string; search?: string }): Promise<number> {
    const selects = { platform: 'filter-platform', tier: 'filter-tier', status: 'filter-status', flag: 'filter-flag', decision: 'filter-decision' } as const;
    for (const [key, testId] of Object.entries(selects)) {
      const value = by[key as keyof typeof selects];
      if (value !== undefined) await this.page.getByTestId(testId).selectOption(value);
    }
    if (by.search !== undefined) await this.page.getByTestId('filter-search').fill(by.search);
    const shown = await this.rowCount();
    await this.page.getByTestId('row-summary').filter({ hasText: `Showing ${shown} of` }).waitFor();
    return this.rowCount();
  }

  /** Sorts by a column header (creator, decision, followers, engagement, overall, flags, quote, status, shortlist). */
  async sortBy(column: string): Promise<void> {
    await this.page.getByTestId(`sort-${column}`).click();
  }

  /** The creator ids of the rows shown, top to bottom. */
  shownCreators(): Promise<string[]> {
    return this.page.locator('[data-testid="shortlist"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-creator') ?? ''));
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
