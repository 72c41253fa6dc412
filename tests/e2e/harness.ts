import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Request } from 'playwright-core';
import { samplePath, type Sample } from './samples';

/** The built extension; MICROSCOPE_EXTENSION_DIR points at a copy (say, one a parallel `npm run build` will not replace mid-run). */
export const EXTENSION_DIR = process.env.MICROSCOPE_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const PLATFORM_HOSTS = ['www.instagram.com', 'www.tiktok.com', 'www.youtube.com'];

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Every request that left a page, for the "no request of our own" check. */
  requests: Request[];
  /** The message of every alert, confirm or prompt any page opened (each is dismissed). */
  dialogs: string[];
  /** The sample whose payloads the platform routes serve next. */
  serve(sample: Sample): void;
  close(): Promise<void>;
}

/** Real Chromium with the built extension; the platforms are served from samples, never the network. */
export async function launch(): Promise<Harness> {
  // This run's profile: close() removes it, and so does a launch that fails.
  const userDataDir = mkdtempSync(join(tmpdir(), 'microscope-'));
  const removeUserData = () => rmSync(userDataDir, { recursive: true, force: true });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      locale: 'en-US',
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    });
  } catch (err) {
    removeUserData();
    throw err;
  }
  let current: Sample | null = null;
  const requests: Request[] = [];
  const dialogs: string[] = [];
  context.on('request', (r) => requests.push(r));
  context.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); }));
  // Nothing reaches the network: platform hosts get samples, everything else is refused.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The extension's own pages and blobs are local, not network.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    if (!PLATFORM_HOSTS.includes(url.hostname)) return route.abort('blockedbyclient');
    const sample = current;
    if (sample && stripQuery(url) === stripQuery(new URL(sample.url))) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(samplePath(sample.html), 'utf8') });
    }
    const payload = sample?.payloads.find((p) => url.pathname.startsWith(p.match));
    if (payload) return route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(samplePath(payload.file), 'utf8') });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the samples' });
  });
  let extensionId: string;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  } catch (err) {
    await context.close().catch(() => undefined);
    removeUserData();
    throw err;
  }
  return {
    context,
    extensionId,
    requests,
    dialogs,
    serve: (sample) => { current = sample; },
    async close() {
      try {
        await context.close();
      } finally {
        removeUserData();
      }
    },
  };
}

function stripQuery(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/$/, '')}`;
}

/** The id Chrome gave a tab, asked of the extension's own service worker. */
export async function tabIdOf(h: Harness, pageUrl: string): Promise<number> {
  const worker = h.context.serviceWorkers()[0];
  if (!worker) throw new Error('The extension service worker is not running.');
  const id = await worker.evaluate(async (url: string) => {
    // Runs inside the service worker, where `chrome` exists.
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? null;
  }, pageUrl);
  if (id === null) throw new Error(`No tab shows ${pageUrl}`);
  return id;
}

/** Saves a brand profile through the extension's own typed message, as the options page does. */
export async function saveBrand(h: Harness, brand: unknown): Promise<void> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/dashboard.html`);
  const saved = await page.evaluate(async (b) => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
    return api.runtime.sendMessage({ type: 'save-brand', payload: { brand: b } });
  }, brand);
  await page.close();
  if (!saved) throw new Error('The extension refused the brand profile.');
}

/**
 * The extension's network requests so far: any http(s) request from the service worker or from a
 * frame of an extension page. The sample pages' own requests do not count.
 */
export function ownRequests(h: Harness): string[] {
  return h.requests.filter((r) => {
    if (!/^https?:/.test(r.url())) return false;
    if (r.serviceWorker()) return true;
    try {
      return r.frame().url().startsWith('chrome-extension://');
    } catch {
      return false;
    }
  }).map((r) => r.url());
}
