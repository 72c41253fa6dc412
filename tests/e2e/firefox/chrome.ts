import type { Page } from 'puppeteer-core';
import { STORED, type Stored } from '../pages/shared';
import { gotoExtensionPage, sleep, type FirefoxHarness } from './browser';

/**
 * What BiDi reaches beyond web pages, with `--remote-allow-system-access`: the browser window's own
 * document (scope "chrome"), where Firefox keeps the sidebar and the <key> elements it built from
 * the manifest's `commands`. Pressing a browser-level shortcut is out of BiDi's reach (its key
 * input goes to the page), so a command is fired through its <key> element: the same handler
 * Firefox runs for the key press, from ExtensionShortcuts to the background's commands.onCommand.
 */
interface BidiConnection { send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[]; result?: { type: string; value?: unknown }; exceptionDetails?: { text?: string } } }> }

/** puppeteer-core's BiDi browser keeps its session's connection; there is one session per Firefox. */
const connectionOf = (h: FirefoxHarness) => (h.browser as unknown as { connection: BidiConnection }).connection;

/** Evaluates an expression in the browser window's chrome document; returns its string or boolean value. */
export async function inChrome(h: FirefoxHarness, expression: string): Promise<unknown> {
  const conn = connectionOf(h);
  const tree = await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error('No chrome window over BiDi: is Firefox launched with --remote-allow-system-access?');
  const { result } = await conn.send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
  if (result.exceptionDetails) throw new Error(`In the chrome window: ${result.exceptionDetails.text ?? 'an exception'}`);
  return result.result?.value;
}

/** The ids of every <keyset> in the browser window (Firefox names an add-on's after its widget id). */
export async function keysetIds(h: FirefoxHarness): Promise<string[]> {
  return JSON.parse(String(await inChrome(h, `JSON.stringify([...document.querySelectorAll('keyset')].map((k) => k.id))`))) as string[];
}

/** The shortcut Firefox registered for a command of ours: its key and modifiers, as the <key> element carries them. */
export async function shortcutOf(h: FirefoxHarness, suggested: { key: string; modifiers: string }): Promise<string | null> {
  return inChrome(h, `(() => {
    const keys = [...(document.getElementById(${JSON.stringify(h.ids.keyset)})?.querySelectorAll('key') ?? [])];
    const k = keys.find((e) => e.getAttribute('key') === ${JSON.stringify(suggested.key)} && e.getAttribute('modifiers') === ${JSON.stringify(suggested.modifiers)});
    return k ? k.getAttribute('modifiers') + '+' + k.getAttribute('key') : null;
  })()`) as Promise<string | null>;
}

/** Fires our add-on's command bound to these keys in the front window, as the key press does. */
export async function fireShortcut(h: FirefoxHarness, suggested: { key: string; modifiers: string }): Promise<void> {
  const fired = await inChrome(h, `(() => {
    const keys = [...(document.getElementById(${JSON.stringify(h.ids.keyset)})?.querySelectorAll('key') ?? [])];
    const k = keys.find((e) => e.getAttribute('key') === ${JSON.stringify(suggested.key)} && e.getAttribute('modifiers') === ${JSON.stringify(suggested.modifiers)});
    if (!k) return false;
    k.doCommand();
    return true;
  })()`);
  if (fired !== true) throw new Error(`No ${suggested.modifiers}+${suggested.key} key of Microscope in the window.`);
}

/** Whether the browser window's sidebar is open on Microscope's panel. */
export async function sidebarShowsMicroscope(h: FirefoxHarness): Promise<boolean> {
  return (await inChrome(h, `SidebarController.isOpen && SidebarController.currentID === ${JSON.stringify(h.ids.sidebar)}`)) === true;
}

/**
 * The real sidebar's document, reached from an extension page in a tab: extension pages share one
 * process, and `extension.getViews({ type: 'sidebar' })` hands back the sidebar's window.
 */
export class SidebarProbe {
  private constructor(readonly page: Page) {}

  static async open(h: FirefoxHarness): Promise<SidebarProbe> {
    const page = await h.browser.newPage();
    await gotoExtensionPage(page, 'dashboard.html');
    return new SidebarProbe(page);
  }

  /** The creator name the sidebar shows; null while no sidebar is open. */
  displayName(): Promise<string | null> {
    return this.page.evaluate(() => {
      const api = (globalThis as unknown as { browser: { extension: { getViews(q: object): Window[] } } }).browser;
      const view = api.extension.getViews({ type: 'sidebar' })[0];
      if (!view) return null;
      return view.document.querySelector('[data-testid="display-name"]')?.textContent ?? '';
    });
  }

  /** Whether the sidebar's scorecard is a stored one (no "Not kept…" note). */
  showsStored(): Promise<boolean> {
    return this.page.evaluate(() => {
      const api = (globalThis as unknown as { browser: { extension: { getViews(q: object): Window[] } } }).browser;
      const doc = api.extension.getViews({ type: 'sidebar' })[0]?.document;
      return !!doc && doc.querySelector('main')?.getAttribute('data-status') === 'ready' && !doc.querySelector('[data-testid="not-stored"]');
    });
  }

  async waitForCreator(name: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    let last: string | null = null;
    while (Date.now() < deadline) {
      last = await this.displayName();
      if (last?.includes(name)) return;
      await sleep(100);
    }
    throw new Error(`The sidebar shows "${last}", not ${name}.`);
  }

  async waitForStored(): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (await this.showsStored()) return;
      await sleep(100);
    }
    throw new Error('The sidebar never showed a stored scorecard.');
  }

  /** Every creator and visit stored (the probe is an extension page: it shares the database). */
  stored(): Promise<Stored> {
    return this.page.evaluate(STORED) as Promise<Stored>;
  }

  close(): Promise<void> {
    return this.page.close();
  }
}
