import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Harness } from '../harness';

export class Dashboard {
  private constructor(readonly page: Page) {}

  static async open(h: Harness): Promise<Dashboard> {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
    await page.getByTestId('shortlist').or(page.getByTestId('empty')).waitFor();
    return new Dashboard(page);
  }

  rowCount(): Promise<number> {
    return this.page.locator('[data-testid="shortlist"] tbody tr').count();
  }

  /** Clicks "Export CSV" and returns the downloaded file's exact text. */
  async exportCsv(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('export-csv').click()]);
    const path = await download.path();
    return readFileSync(path, 'utf8');
  }

  /**
   * Narrows the table by any of the dashboard's filters ('' clears one); resolves once the
   * row summary reflects it. Returns the rows left.
   */
  async filter(by: { platform?: string; tier?: string; status?: string; flag?: string; search?: string }): Promise<number> {
    const selects = { platform: 'filter-platform', tier: 'filter-tier', status: 'filter-status', flag: 'filter-flag' } as const;
    for (const [key, testId] of Object.entries(selects)) {
      const value = by[key as keyof typeof selects];
      if (value !== undefined) await this.page.getByTestId(testId).selectOption(value);
    }
    if (by.search !== undefined) await this.page.getByTestId('filter-search').fill(by.search);
    const shown = await this.rowCount();
    await this.page.getByTestId('row-summary').filter({ hasText: `Showing ${shown} of` }).waitFor();
    return this.rowCount();
  }

  /** Sorts by a column header (creator, platform, followers, tier, engagement, overall, flags, status, shortlist). */
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
