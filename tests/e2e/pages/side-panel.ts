import type { Page } from 'playwright-core';
import type { Harness } from '../harness';
import { tabIdOf } from '../harness';

/** The side panel, opened as a page bound to one tab (headless Chrome cannot click the toolbar). */
export class SidePanel {
  private constructor(readonly page: Page) {}

  static async openFor(h: Harness, profile: Page): Promise<SidePanel> {
    const tabId = await tabIdOf(h, profile.url());
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
    return new SidePanel(page);
  }

  /** Waits for either the scorecard or an error state. */
  async settled(): Promise<'scorecard' | 'error'> {
    await this.page.locator('[aria-label="Scorecard"], [data-testid="error"]').first().waitFor({ timeout: 10_000 });
    return (await this.page.locator('[data-testid="error"]').count()) > 0 ? 'error' : 'scorecard';
  }

  text(testId: string): Promise<string> {
    return this.page.getByTestId(testId).innerText();
  }

  /** Answers a manual value-fit item and waits for the rescored panel to show it. */
  async answer(itemId: string, answer: 'yes' | 'no' | 'unsure'): Promise<string | null> {
    const item = this.page.locator(`[data-item="${itemId}"]`);
    if ((await item.count()) === 0) return null;
    await item.locator(`[data-answer="${answer}"]`).click();
    const want = answer === 'yes' ? 'pass' : answer === 'no' ? 'fail' : 'unanswered';
    await this.page.locator(`[data-item="${itemId}"][data-status="${want}"]`).waitFor();
    return this.page.locator(`[data-item="${itemId}"]`).getAttribute('data-status');
  }

  async addToShortlist(): Promise<void> {
    await this.page.getByTestId('add-to-shortlist').click();
    await this.page.getByTestId('shortlisted').waitFor();
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
