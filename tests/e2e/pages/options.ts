import type { Locator, Page } from 'playwright-core';
import type { Harness } from '../harness';

/** The options page: the brand picker, the three tabs, and Save. */
export class OptionsPage {
  private constructor(readonly page: Page) {}

  static async open(h: Harness): Promise<OptionsPage> {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const options = new OptionsPage(page);
    await options.nameBox.waitFor();
    return options;
  }

  get nameBox(): Locator {
    return this.page.getByLabel('Brand name', { exact: true });
  }

  /** The brand names in the picker, in order, with any "(unsaved changes)" note. */
  async brands(): Promise<string[]> {
    const texts = await this.page.getByTestId('brand-choice').allTextContents();
    return texts.map((t) => t.replace(/^✓ /, ''));
  }

  async openBrand(name: string): Promise<void> {
    await this.page.getByTestId('brand-choice').filter({ hasText: name }).click();
    await this.nameBox.and(this.page.locator(`[value="${name}"]`)).waitFor();
  }

  async newBrand(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New brand' }).click();
    await this.nameBox.fill(name);
  }

  /** Clicks Save and waits for the page to say "Saved". */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await this.page.getByTestId('save-status').filter({ hasText: /^Saved$/ }).waitFor();
  }

  tab(name: 'Brand' | 'Checklist' | 'Advanced'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  async showTab(name: 'Brand' | 'Checklist' | 'Advanced'): Promise<void> {
    await this.tab(name).click();
    await this.page.locator(`[role="tabpanel"]:not([hidden])`).getByRole('heading').first().waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.nameBox.waitFor();
  }
}
