import type { Page } from 'playwright-core';
import type { Harness } from '../harness';
import { tabIdOf } from '../harness';
import type { Sample } from '../samples';
import { ProfilePage } from './profile';
import { CARD_IDS, RESCORE_TIMER, STORED, type Stored } from './shared';

/** An entry's fields as the panel shows them: tags comma-separated, the quote as typed (empty when unknown). */
export interface EntryFields { status: string; tags: string; notes: string; quote: string; currency: string }

/** Where an element sits on the panel's first screen, in CSS pixels from the top of the viewport. */
export interface Box { top: number; bottom: number }

/** The panel's first screen: 360 × 650, the size the issue vets a creator at. */
export const FIRST_SCREEN = { width: 360, height: 650 };

/** What the scout sees on the panel, read off the screen. */
export interface Scorecard {
  state: 'scorecard' | 'error';
  /** The text of each card field shown, by test id (display-name, tier, followers, engagement, …, error). */
  texts: Record<string, string>;
  /** Flag ids shown, in order. */
  flags: string[];
  /** Elements that would exist only if page text had been rendered as HTML. */
  injectedElements: number;
}

/** The side panel, opened as a page bound to one tab (headless Chrome cannot click the toolbar). */
export class SidePanel {
  private constructor(readonly page: Page, readonly profile: ProfilePage | null = null) {}

  static async openFor(h: Harness, profile: Page): Promise<SidePanel> {
    return new SidePanel(await SidePanel.panelPage(h, profile));
  }

  private static async panelPage(h: Harness, profile: Page): Promise<Page> {
    const tabId = await tabIdOf(h, profile.url());
    const page = await h.context.newPage();
    // The narrowest width the panel must stay readable at, and the height of a laptop's side panel.
    await page.setViewportSize(FIRST_SCREEN);
    await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
    return page;
  }

  /**
   * Opens the sample's profile in a tab of its own and the panel for that tab, and waits for the
   * panel's own read. That read is shown, not stored: nothing lands in the history.
   */
  static async openOn(h: Harness, sample: Sample): Promise<SidePanel> {
    const profile = await ProfilePage.open(h, sample);
    const panel = new SidePanel(await SidePanel.panelPage(h, profile.page), profile);
    await panel.settled();
    return panel;
  }

  /** Opens the sample's profile and its panel, and presses Score: the panel's scorecard is stored as a visit. */
  static async scoreSample(h: Harness, sample: Sample): Promise<SidePanel> {
    const panel = await SidePanel.openOn(h, sample);
    if ((await panel.settled()) === 'scorecard') await panel.score();
    return panel;
  }

  /** Opens the sample's profile and its panel, and adds the creator with one click on "Add to" (a first campaign when none exists). */
  static async withShortlisted(h: Harness, sample: Sample): Promise<SidePanel> {
    const panel = await SidePanel.openOn(h, sample);
    await panel.addToShortlist();
    return panel;
  }

  /** Presses Score (or "Score again") and waits for the stored scorecard. */
  async score(): Promise<void> {
    const before = await this.reads();
    await this.page.getByTestId('score-again').click();
    await this.readAfter(before);
    await this.page.getByTestId('not-stored').waitFor({ state: 'detached' });
  }

  /** Everything the scorecard (or the error) shows, as text, with the flags' ids. */
  async scorecard(): Promise<Scorecard> {
    const state = await this.settled();
    await this.openAll();
    const texts: Record<string, string> = {};
    for (const id of CARD_IDS) {
      if ((await this.page.getByTestId(id).count()) > 0) texts[id] = await this.text(id);
    }
    const flags = await this.page.locator('[data-flag]').evaluateAll((els) => els.map((e) => e.getAttribute('data-flag') ?? ''));
    const injectedElements = await this.page.locator('main img, main script, main iframe').count();
    return { state, texts, flags, injectedElements };
  }

  /** Opens every expander, so what they hold is on screen to read. */
  async openAll(): Promise<void> {
    await this.page.locator('details').evaluateAll((all) => all.forEach((d) => { (d as HTMLDetailsElement).open = true; }));
  }

  /** Opens one expander by the evidence it holds (flags, disclosure, value-fit, competitors, cost, engagement, followers, account, posts). */
  async openEvidence(anchor: string): Promise<void> {
    await this.page.locator(`#ev-${anchor}`).evaluate((d) => { (d as HTMLDetailsElement).open = true; });
  }

  /**
   * Opens the Audience expander and waits until the comment languages were read, by the platform
   * or by the panel's own identifier after the scorecard showed; returns the line and its source.
   */
  async audienceLanguages(): Promise<{ text: string; source: string }> {
    await this.openEvidence('audience');
    const line = this.page.locator('[data-testid="audience-languages"]:not([data-source="none"])');
    await line.waitFor({ timeout: 15_000 });
    return { text: await line.innerText(), source: (await line.getAttribute('data-source')) ?? '' };
  }

  /** The stored scorecard's audience for a creator, read straight from IndexedDB; null when none is stored. */
  async storedAudience(creatorId: string): Promise<{ source: string | null; languages: { lang: string }[] } | null> {
    return this.page.evaluate(`(async () => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('microscope');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const row = await new Promise((resolve, reject) => {
        const req = db.transaction('scorecards').objectStore('scorecards').get(${JSON.stringify(creatorId)});
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return row && row.scorecard.audience ? { source: row.scorecard.audience.source, languages: row.scorecard.audience.languages } : null;
    })()`);
  }

  /** Waits for either the scorecard or an error state. */
  async settled(): Promise<'scorecard' | 'error'> {
    await this.page.locator('[aria-label="Scorecard"], [data-testid="error"]').first().waitFor({ timeout: 10_000 });
    return (await this.page.locator('[data-testid="error"]').count()) > 0 ? 'error' : 'scorecard';
  }

  text(testId: string): Promise<string> {
    return this.page.getByTestId(testId).innerText();
  }

  /**
   * Milliseconds from clicking "Score again" to the next frame after the new scorecard is in
   * the DOM, measured inside the panel so the test driver's round trips do not count.
   */
  async timeRescore(): Promise<number> {
    return this.page.evaluate(RESCORE_TIMER);
  }

  /** Answers a manual value-fit item and waits for the rescored panel to show it. */
  async answer(itemId: string, answer: 'yes' | 'no' | 'unsure'): Promise<string | null> {
    const item = this.page.locator(`[data-item="${itemId}"]`);
    if ((await item.count()) === 0) return null;
    await this.openEvidence('value-fit');
    await item.locator(`[data-answer="${answer}"]`).click();
    const want = answer === 'yes' ? 'pass' : answer === 'no' ? 'fail' : 'unanswered';
    await this.page.locator(`[data-item="${itemId}"][data-status="${want}"]`).waitFor();
    return this.page.locator(`[data-item="${itemId}"]`).getAttribute('data-status');
  }

  /** The "Add to <campaign>" button: found by its accessible name, as a keyboard or screen-reader user finds it. */
  get addButton() {
    return this.page.getByRole('button', { name: /^Add to/ });
  }

  /** One click on "Add to"; resolves when the panel shows the creator on the campaign, and returns its name. */
  async addToShortlist(): Promise<string> {
    await this.addButton.click();
    const on = this.page.getByTestId('on-campaign');
    await on.waitFor();
    return (await on.innerText()).replace(/^✓ On “|”$/g, '');
  }

  /** The decision element's text: "Shortlist …", "Check …" or "Skip …", then its reasons. */
  decision(): Promise<string> {
    return this.text('decision');
  }

  /** Where an element is on screen, without scrolling anything. */
  async box(locator: ReturnType<Page['locator']>): Promise<Box | null> {
    const b = await locator.boundingBox();
    return b ? { top: b.y, bottom: b.y + b.height } : null;
  }

  /** Tab presses from the top of the panel until focus reaches "Add to"; null after `max`. */
  async tabsToAdd(max = 10): Promise<number | null> {
    await this.page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); });
    for (let i = 1; i <= max; i++) {
      await this.page.keyboard.press('Tab');
      const name = await this.page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
      });
      if (/^Add to/.test(name.trim())) return i;
    }
    return null;
  }

  /** Clicks "Copy summary" and returns what the clipboard then holds (the harness grants the panel clipboard access). */
  async copySummary(): Promise<string> {
    // Clipboard access is the browser's to give: granted to the extension's origin, as a scout's click grants it.
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.bringToFront();
    await this.page.evaluate(() => navigator.clipboard.writeText(''));
    await this.page.getByTestId('copy-summary').click();
    await this.page.locator('.copied', { hasText: 'Copied' }).first().waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Waits until the panel shows this creator (it follows its tab without a reload). */
  async showsCreator(displayName: string): Promise<void> {
    await this.page.getByTestId('display-name').filter({ hasText: displayName }).waitFor({ timeout: 10_000 });
  }

  /** Waits for an error state with this reason. */
  async showsError(reason: string): Promise<void> {
    await this.page.locator(`[data-testid="error"][data-reason="${reason}"]`).waitFor({ timeout: 10_000 });
  }

  /**
   * Edits this creator's entry on a campaign in the collapsed editor (status pill, tag chips, the
   * note that saves itself, the quote beside the cost), then reloads and reads back what was stored.
   */
  async editEntry(campaign: string, fields: EntryFields): Promise<EntryFields> {
    const row = this.page.locator(`[data-testid="entry"][data-shortlist="${campaign}"]`);
    await row.waitFor();
    await this.page.getByTestId('status-pills').locator(`[data-status="${fields.status}"]`).click();
    await this.page.getByTestId('status-pills').locator(`[data-status="${fields.status}"][aria-pressed="true"]`).waitFor();
    for (const tag of fields.tags.split(',').map((t) => t.trim()).filter(Boolean)) {
      await row.getByTestId('entry-tags').fill(tag);
      await row.getByTestId('entry-tags').press('Enter');
      await row.locator('.chip', { hasText: tag }).waitFor();
    }
    await row.getByTestId('entry-notes').fill(fields.notes);
    await row.locator('[data-testid="note-state"][data-saved="true"]').waitFor();
    await this.openEvidence('cost');
    await this.page.getByTestId('entry-quote').fill(fields.quote);
    await this.page.getByTestId('entry-currency').selectOption(fields.currency);
    await this.page.getByTestId('save-quote').click();
    await this.page.getByTestId('fee').filter({ hasText: 'quote' }).waitFor();
    // Read back after a reload: what shows now came from the database, not from the editor's own state.
    await this.page.reload();
    await this.settled();
    const saved = this.page.locator(`[data-testid="entry"][data-shortlist="${campaign}"]`);
    await saved.waitFor();
    await this.openEvidence('cost');
    return {
      status: (await this.page.getByTestId('status-pills').locator('[aria-pressed="true"]').getAttribute('data-status')) ?? '',
      tags: (await saved.locator('.chip').evaluateAll((els) => els.map((e) => e.firstChild?.textContent?.trim() ?? ''))).join(', '),
      notes: await saved.getByTestId('entry-notes').inputValue(),
      quote: await this.page.getByTestId('entry-quote').inputValue(),
      currency: await this.page.getByTestId('entry-currency').inputValue(),
    };
  }

  /** The charts on screen: each one's summary (its text alternative) and whether a canvas was drawn. */
  async charts(): Promise<{ id: string; summary: string; drawn: boolean; rows: number }[]> {
    await this.openEvidence('engagement');
    // A chart in a closed expander has no size; it draws once the expander opens.
    await this.page.waitForFunction(() => Array.from(document.querySelectorAll('figure.chart canvas')).every((c) => (c as HTMLCanvasElement).width > 0), null, { timeout: 5_000 }).catch(() => undefined);
    return this.page.locator('figure.chart').evaluateAll((figs) => figs.map((f) => {
      const canvas = f.querySelector('canvas');
      return {
        id: f.getAttribute('data-testid') ?? '',
        summary: f.querySelector('.chart-summary')?.textContent ?? '',
        drawn: !!canvas && canvas.width > 0 && canvas.getAttribute('aria-describedby') !== null,
        rows: f.querySelectorAll('tbody tr').length,
      };
    }));
  }

  /** Every creator and visit in the extension's database, read straight from IndexedDB (the panel shares its origin). */
  async stored(): Promise<Stored> {
    return this.page.evaluate(STORED);
  }

  /** How many times the panel has read its tab so far. */
  async reads(): Promise<number> {
    return Number(await this.page.locator('main').getAttribute('data-reads'));
  }

  /** Waits for the panel to finish a read after `before` reads. */
  async readAfter(before: number): Promise<void> {
    await this.page.waitForFunction((n) => {
      const main = document.querySelector('main');
      return Number(main?.getAttribute('data-reads')) > n && main?.getAttribute('data-status') !== 'loading';
    }, before, { timeout: 15_000 });
  }

  /** The first screen as the scout sees it (360 × 650): the footer stays, the content scrolls behind it. */
  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }

  /** Closes the panel, and the profile tab when the panel opened it. */
  async close(): Promise<void> {
    await this.page.close();
    await this.profile?.close();
  }
}
