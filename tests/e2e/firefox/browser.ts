import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { creatorSamples, samplePath, type Sample } from '../samples';

/** The Firefox build; MICROSCOPE_FIREFOX_DIR points at another (say, a copy a parallel build will not replace). */
export const FIREFOX_EXTENSION_DIR = process.env.MICROSCOPE_FIREFOX_DIR ?? fileURLToPath(new URL('../../../.output/firefox-mv3/', import.meta.url));
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pinned before launch, so the tests know the extension's pages' host (Firefox picks a random one otherwise). */
export const EXTENSION_UUID = '8b5f3a7e-1111-4222-8333-944455556666';
const PLATFORM_HOSTS = ['www.instagram.com', 'www.tiktok.com', 'www.youtube.com'];

/**
 * The names Firefox derives from the add-on's id (`browser_specific_settings.gecko.id` in a
 * manifest): the id itself keys the uuid pref; the widget id is `makeWidgetId(id)` of
 * ExtensionCommon.sys.mjs (lower-cased, every character but a-z, 0-9, _ and - turned into "_"),
 * and both the sidebar (`<widget>-sidebar-action`, ext-sidebarAction.js) and the commands' keyset
 * (`ext-keyset-id-<widget>`, ExtensionShortcuts.sys.mjs) are named after it, as the running
 * browser's chrome document shows (`ext-keyset-id-microscope_example_org` for microscope@example.org).
 */
export interface GeckoIds { id: string; widget: string; sidebar: string; keyset: string }

export function geckoIds(extensionDir = FIREFOX_EXTENSION_DIR): GeckoIds {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: unknown } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string' || !id) throw new Error(`No browser_specific_settings.gecko.id in ${extensionDir}manifest.json.`);
  const widget = id.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
  return { id, widget, sidebar: `${widget}-sidebar-action`, keyset: `ext-keyset-id-${widget}` };
}

export interface FirefoxHarness {
  browser: Browser;
  /** The installed add-on's id and the chrome ids Firefox derives from it. */
  ids: GeckoIds;
  /** Where the dashboard's exports land, without a dialog (the download prefs below). */
  downloadDir: string;
  /** The sample the platform addresses are served from next (null: none, every platform address is a 404). */
  serve(sample: Sample | null): void;
  /** A tab whose requests are answered from the samples; nothing reaches the network. */
  newPage(): Promise<Page>;
  /** An extension page (`dashboard.html`, `options.html`, `sidepanel.html?tabId=…`) in a tab of its own, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path}`;
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Firefox ESR (140+) with the built extension installed as a temporary add-on, over WebDriver BiDi. */
export async function launchFirefox(): Promise<FirefoxHarness> {
  const work = mkdtempSync(join(tmpdir(), 'microscope-ff-'));
  let browser: Browser | null = null;
  let launched = false;
  try {
    const downloadDir = join(work, 'downloads');
    mkdirSync(downloadDir, { recursive: true });
    // A copy: `npm test` builds while other suites run, and a rebuild must not swap files under a running add-on.
    const extensionDir = join(work, 'extension');
    cpSync(FIREFOX_EXTENSION_DIR, extensionDir, { recursive: true });
    const ids = geckoIds(extensionDir);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      defaultViewport: { width: 1280, height: 900 },
      // Loading moz-extension:// pages over BiDi needs system access.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ids.id]: EXTENSION_UUID }),
        // Grants MV3 host permissions at install: Firefox's default (153 ESR grants them without it), set so a profile default cannot change it.
        'extensions.originControls.grantByDefault': true,
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'intl.accept_languages': 'en-US',
        'intl.locale.requested': 'en-US',
      },
    });
    const running: Browser = browser;
    await running.installExtension(extensionDir);
    let current: Sample | null = null;
    const respond = (req: HTTPRequest) => {
      const url = new URL(req.url());
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return req.continue();
      if (!PLATFORM_HOSTS.includes(url.hostname)) return req.abort('blockedbyclient');
      const sample = current;
      if (sample && stripQuery(url) === stripQuery(new URL(sample.url))) {
        return req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(samplePath(sample.html), 'utf8') });
      }
      const payload = sample?.payloads.find((p) => url.pathname.startsWith(p.match));
      if (payload) return req.respond({ status: 200, contentType: 'application/json', body: readFileSync(samplePath(payload.file), 'utf8') });
      return req.respond({ status: 404, contentType: 'text/plain', body: 'not in the samples' });
    };
    const harness: FirefoxHarness = {
      browser: running,
      ids,
      downloadDir,
      serve: (sample) => { current = sample; },
      async newPage() {
        const page = await running.newPage();
        await page.setRequestInterception(true);
        page.on('request', (req) => void respond(req));
        return page;
      },
      async openExtensionPage(path) {
        const page = await running.newPage();
        await gotoExtensionPage(page, path);
        return page;
      },
      async close() {
        try {
          await running.close();
        } finally {
          rmSync(work, { recursive: true, force: true });
        }
      },
    };
    await contentScriptsReady(harness);
    launched = true;
    return harness;
  } finally {
    if (!launched) {
      await browser?.close().catch(() => undefined);
      rmSync(work, { recursive: true, force: true });
    }
  }
}

/**
 * Content scripts register a moment after install; a page opened sooner misses them. Waits until a
 * creator page shows the on-page Score button's host (reloading the page once if it has not shown
 * after a while), within an upper bound. Nothing is stored: the button is not clicked.
 */
async function contentScriptsReady(h: FirefoxHarness, timeoutMs = 20_000): Promise<void> {
  const sample = creatorSamples()[0];
  if (!sample) throw new Error('No creator sample to check the content scripts on.');
  const deadline = Date.now() + timeoutMs;
  const page = await h.newPage();
  try {
    h.serve(sample);
    const hasHost = () => page.evaluate(() => document.querySelector('microscope-score') !== null).catch(() => false);
    const waitForHost = async (until: number) => {
      while (Date.now() < until) {
        if (await hasHost()) return true;
        await sleep(100);
      }
      return false;
    };
    await page.goto(sample.url, { waitUntil: 'load' });
    if (await waitForHost(Math.min(deadline, Date.now() + 5_000))) return;
    await page.reload({ waitUntil: 'load' });
    if (await waitForHost(deadline)) return;
    throw new Error(`The content scripts did not put the Score button on ${sample.url} within ${timeoutMs / 1000} s of the install.`);
  } finally {
    h.serve(null);
    await page.close().catch(() => undefined);
  }
}

/**
 * BiDi hides an extension page's load events, so `page.goto` on moz-extension:// never settles:
 * start the navigation without awaiting it and poll the page until it is there and parsed.
 */
export async function gotoExtensionPage(page: Page, path: string): Promise<void> {
  const url = extensionUrl(path);
  void page.goto(url).catch(() => undefined);
  await waitForLoaded(page, url);
}

/** Reloads an extension page the same way (a reload never settles either). */
export async function reloadExtensionPage(page: Page): Promise<void> {
  // page.url() is still about:blank here: BiDi never told puppeteer of the moz-extension:// navigation.
  const url = await page.evaluate(() => location.href);
  await page.evaluate(() => { document.documentElement.dataset.reloading = '1'; });
  void page.reload().catch(() => undefined);
  await waitForLoaded(page, url, true);
}

async function waitForLoaded(page: Page, url: string, fresh = false): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState, old: document.documentElement.dataset.reloading === '1' })).catch(() => null);
    if (state && state.href === url && state.ready === 'complete' && !(fresh && state.old)) return;
    await sleep(100);
  }
  throw new Error(`${url} did not load within 15 s.`);
}

/** Polls `probe` (run in the page with `args`) until it returns a truthy value; returns it. */
export async function poll<T, A extends unknown[]>(page: Page, probe: (...args: A) => T, what: string, timeoutMs = 10_000, ...args: A): Promise<NonNullable<Awaited<T>>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(probe as (...a: unknown[]) => T, ...args).catch(() => null);
    if (value) return value as NonNullable<Awaited<T>>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await sleep(100);
  }
}

/** The id Firefox gave the tab showing `pageUrl`, asked of an extension page (tab ids are not visible to BiDi). */
export async function tabIdOf(h: FirefoxHarness, pageUrl: string): Promise<number> {
  const page = await h.openExtensionPage('dashboard.html');
  try {
    const id = await page.evaluate(async (url: string) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
      return (await api.tabs.query({})).find((t) => t.url === url)?.id ?? null;
    }, pageUrl);
    if (id === null) throw new Error(`No tab shows ${pageUrl}`);
    return id;
  } finally {
    await page.close();
  }
}

function stripQuery(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
}
