import type { Page } from 'puppeteer-core';
import type { Sample } from '../samples';
import { ADD_TO, ADD_TO_NAME, CARD_IDS, RESCORE_TIMER, SETTLED, STORED, type Stored } from '../pages/shared';
import { poll, reloadExtensionPage, tabIdOf, gotoExtensionPage, type FirefoxHarness } from './browser';

/** The panel's first screen, as the Chromium page objects size it (tests/e2e/pages/side-panel.ts). */
const FIRST_SCREEN = { width: 360, height: 650 };

/**
 * A platform page in a Firefox tab, with Microscope's on-page Score button. Its shadow root is
 * closed and the button ignores untrusted clicks, so the button is clicked where its host is drawn,
 * with the mouse (a trusted click, as a person's).
 */
export class FirefoxProfile {
  private constructor(readonly page: Page) {}

  static async open(h: FirefoxHarness, sample: Sample): Promise<FirefoxProfile> {
    const profile = new FirefoxProfile(await h.newPage());
    await profile.goto(h, sample);
    return profile;
  }

  /** A full navigation of this tab to a sample; a sample with payloads is whole once they are fetched. */
  async goto(h: FirefoxHarness, sample: Sample): Promise<void> {
    h.serve(sample);
    await this.page.goto(sample.url, { waitUntil: sample.payloads.length > 0 ? 'networkidle0' : 'load' });
  }

  /** The Score button's host box, or null while it is not on the page. */
  hostBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    return this.page.evaluate(() => {
      const r = document.querySelector('microscope-score')?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    });
  }

  /**
   * Clicks Score with the mouse and waits for the result line: it shows below the button and grows
   * the host (`.result:empty` is not displayed). Returns the host's height before and after.
   */
  async clickScore(): Promise<{ before: number; after: number }> {
    const box = await poll(this.page, () => {
      const r = document.querySelector('microscope-score')?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    }, 'the on-page Score button');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const after = await poll(this.page, (h0: number) => {
      const r = document.querySelector('microscope-score')?.getBoundingClientRect();
      return r && r.height > h0 + 10 ? r.height : null;
    }, 'the Score button\'s result line', 10_000, box.height);
    return { before: box.height, after };
  }

  close(): Promise<void> {
    return this.page.close();
  }
}

/** What the panel shows, read off the screen (the Chromium `Scorecard`, less what these tests do not need). */
export interface FirefoxCard { state: 'scorecard' | 'error'; texts: Record<string, string>; flags: string[] }

/** The side panel page bound to one tab (`sidepanel.html?tabId=`): the sidebar's own page, in a tab BiDi can drive. */
export class FirefoxPanel {
  private constructor(readonly page: Page, readonly profile: FirefoxProfile | null) {}

  static async openFor(h: FirefoxHarness, profile: FirefoxProfile | null, tabId: number): Promise<FirefoxPanel> {
    const page = await h.browser.newPage();
    await page.setViewport(FIRST_SCREEN);
    await gotoExtensionPage(page, `sidepanel.html?tabId=${tabId}`);
    const panel = new FirefoxPanel(page, profile);
    await panel.settled();
    return panel;
  }

  /** Opens the sample's profile in a tab and the panel for that tab, and waits for the panel's own (unstored) read. */
  static async openOn(h: FirefoxHarness, sample: Sample): Promise<FirefoxPanel> {
    const profile = await FirefoxProfile.open(h, sample);
    return FirefoxPanel.openFor(h, profile, await tabIdOf(h, profile.page.url()));
  }

  /** Waits for the scorecard or the error. A page Firefox cannot read takes 11–14 s to be explained here (Chromium: under 10). */
  async settled(): Promise<'scorecard' | 'error'> {
    return poll(this.page, (settled: string) => (document.querySelector('[data-testid="error"]') ? 'error' as const : document.querySelector(settled) ? 'scorecard' as const : null), 'the panel to settle', 20_000, SETTLED);
  }

  /** Every card field's text by test id, and the flags' ids. */
  async scorecard(): Promise<FirefoxCard> {
    const state = await this.settled();
    const read = await this.page.evaluate((ids: string[]) => {
      // Open every expander, so what they hold is rendered text, as in the Chromium page object.
      document.querySelectorAll('details').forEach((d) => { d.open = true; });
      const texts: Record<string, string> = {};
      for (const id of ids) {
        const el = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
        if (el) texts[id] = el.innerText;
      }
      return { texts, flags: [...document.querySelectorAll('[data-flag]')].map((e) => e.getAttribute('data-flag') ?? '') };
    }, CARD_IDS);
    return { state, ...read };
  }

  reads(): Promise<number> {
    return this.page.evaluate(() => Number(document.querySelector('main')?.getAttribute('data-reads')));
  }

  /** Presses Score (or "Score again") with the mouse and waits for the stored scorecard. */
  async score(): Promise<void> {
    const before = await this.reads();
    await this.page.click('[data-testid="score-again"]');
    await poll(this.page, (n: number) => {
      const main = document.querySelector('main');
      return Number(main?.getAttribute('data-reads')) > n && main?.getAttribute('data-status') === 'ready' && !document.querySelector('[data-testid="not-stored"]');
    }, 'the stored scorecard', 15_000, before);
  }

  /** One click on "Add to …"; resolves to the campaign's name once the panel shows the creator on it. */
  async addTo(): Promise<string> {
    const name = await this.page.$eval(ADD_TO, (b) => b.textContent ?? '');
    if (!ADD_TO_NAME.test(name)) throw new Error(`The add button reads "${name}".`);
    await this.page.click(ADD_TO);
    const on = await poll(this.page, () => document.querySelector('[data-testid="on-campaign"]')?.textContent ?? null, '"✓ On <campaign>"');
    return on.replace(/^✓ On “|”$/g, '');
  }

  stored(): Promise<Stored> {
    return this.page.evaluate(STORED) as Promise<Stored>;
  }

  /** When this creator's newest stored visit was read ('' when none): a Score minutes after another replaces that visit with a newer one. */
  lastVisitAt(creatorId: string): Promise<string> {
    return this.page.evaluate(`(async () => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('microscope');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const rows = await new Promise((resolve, reject) => {
        const req = db.transaction('snapshots').objectStore('snapshots').getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return rows.filter((r) => r.creatorId === ${JSON.stringify(creatorId)}).map((r) => r.capturedAt).sort().pop() ?? '';
    })()`) as Promise<string>;
  }

  /** Click "Score" → painted scorecard, in ms, by the script the Chromium bench uses. */
  timeRescore(): Promise<number> {
    return this.page.evaluate(RESCORE_TIMER) as Promise<number>;
  }

  /** Waits until the panel shows this creator's name (it follows its tab without a reload). */
  async showsCreator(displayName: string): Promise<void> {
    await poll(this.page, (name: string) => document.querySelector('[data-testid="display-name"]')?.textContent?.includes(name) ?? false, `the panel to show ${displayName}`, 10_000, displayName);
  }

  async close(): Promise<void> {
    await this.page.close();
    await this.profile?.close();
  }
}

/** Saves a brand profile through the extension's own typed message, as the Chromium harness's saveBrand does. */
export async function saveBrandFirefox(h: FirefoxHarness, brand: unknown): Promise<void> {
  const page = await h.openExtensionPage('dashboard.html');
  const saved = await page.evaluate(async (b: unknown) => {
    const api = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser;
    return api.runtime.sendMessage({ type: 'save-brand', payload: { brand: b } });
  }, brand);
  await page.close();
  if (!saved) throw new Error('The extension refused the brand profile.');
}

/** The options page (the Chromium OptionsPage's names: the "Brand name" field, the picker's brand-choice, Save's "Saved"). */
export class FirefoxOptions {
  private constructor(readonly page: Page) {}

  static async open(h: FirefoxHarness): Promise<FirefoxOptions> {
    const options = new FirefoxOptions(await h.openExtensionPage('options.html'));
    await options.ready();
    return options;
  }

  /** The field a label names (the label's `for`), as a selector. */
  async field(label: string): Promise<string> {
    const id = await this.page.$$eval('label', (labels, text) => labels.find((l) => l.textContent?.trim() === text)?.htmlFor ?? '', label);
    if (!id) throw new Error(`No field labelled "${label}".`);
    return `#${id}`;
  }

  async ready(): Promise<void> {
    await poll(this.page, () => [...document.querySelectorAll('label')].some((l) => l.textContent?.trim() === 'Brand name'), 'the options page');
  }

  brands(): Promise<string[]> {
    return this.page.$$eval('[data-testid="brand-choice"]', (els) => els.map((e) => (e.textContent ?? '').replace(/^✓ /, '')));
  }

  async newBrand(name: string): Promise<void> {
    await this.page.click('button::-p-text(New brand)');
    await this.page.locator(await this.field('Brand name')).fill(name);
  }

  async openBrand(name: string): Promise<void> {
    await this.page.click(`[data-testid="brand-choice"]::-p-text(${name})`);
    const box = await this.field('Brand name');
    await poll(this.page, (sel: string, want: string) => (document.querySelector(sel) as HTMLInputElement | null)?.value === want, `the form of ${name}`, 10_000, box, name);
  }

  async value(label: string): Promise<string> {
    return this.page.$eval(await this.field(label), (el) => (el as HTMLInputElement | HTMLSelectElement).value);
  }

  /** Clicks Save and waits for the page to say "Saved". */
  async save(): Promise<void> {
    await this.page.click('button[type="submit"]');
    await poll(this.page, () => document.querySelector('[data-testid="save-status"]')?.textContent?.trim() === 'Saved', '"Saved"');
  }

  async reload(): Promise<void> {
    await reloadExtensionPage(this.page);
    await this.ready();
  }
}
