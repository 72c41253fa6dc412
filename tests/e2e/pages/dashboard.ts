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

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }
}
