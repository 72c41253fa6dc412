import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Request } from 'playwright-core';
import { samplePath, type Sample } from './samples';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
const PLATFORM_HOSTS = ['www.instagram.com', 'www.tiktok.com', 'www.youtube.com'];

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** Every request that left a page, for the "no request of our own" check. */
  requests: Request[];
  /** The sample whose payloads the platform routes serve next. */
  serve(sample: Sample): void;
  close(): Promise<void>;
}

/** Real Chromium with the built extension; the platforms are served from samples, never the network. */
export async function launch(): Promise<Harness> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'microscope-')), {
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
  let current: Sample | null = null;
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
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
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    requests,
    serve: (sample) => { current = sample; },
    close: () => context.close(),
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
