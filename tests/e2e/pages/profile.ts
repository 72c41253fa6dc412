import type { Locator, Page } from 'playwright-core';
import type { Harness } from '../harness';
import type { Sample } from '../samples';

/** A platform page in a tab, with Microscope's on-page Score button (an open shadow root, which Playwright pierces). */
export class ProfilePage {
  private constructor(readonly page: Page, private readonly h: Harness) {}

  static async open(h: Harness, sample: Sample): Promise<ProfilePage> {
    const profile = new ProfilePage(await h.context.newPage(), h);
    await profile.goto(sample);
    return profile;
  }

  /**
   * A full navigation of the same tab to another sample profile. A sample with payloads fetches
   * them after load, so wait for the network to settle; the others are whole once loaded.
   */
  async goto(sample: Sample): Promise<void> {
    this.h.serve(sample);
    await this.page.goto(sample.url);
    await this.page.waitForLoadState(sample.payloads.length > 0 ? 'networkidle' : 'load');
  }

  /** An in-page (SPA) navigation, as the sites do it: history.pushState, no reload. */
  async pushState(path: string): Promise<void> {
    await this.page.evaluate((p) => history.pushState({}, '', p), path);
  }

  get scoreButton(): Locator {
    return this.page.locator('microscope-score button.score');
  }

  /** Marks the current button host, so a test can tell a re-added button from the old one. */
  async markButton(): Promise<void> {
    await this.page.locator('microscope-score').evaluate((el) => el.setAttribute('data-old', ''));
  }

  buttonHosts(): Promise<{ total: number; old: number }> {
    return this.page.evaluate(() => ({
      total: document.querySelectorAll('microscope-score').length,
      old: document.querySelectorAll('microscope-score[data-old]').length,
    }));
  }

  /** Clicks Score and returns the one-line result the button shows. */
  async clickScore(): Promise<string> {
    await this.scoreButton.click();
    const result = this.page.locator('microscope-score .result');
    await result.filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
    return result.innerText();
  }

  /** The page's own scripts got their data: the samples print "…went wrong… try again" when a fetch of theirs fails. */
  async showsOwnData(): Promise<boolean> {
    return !/went wrong|try again/i.test(await this.page.locator('body').innerText());
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
