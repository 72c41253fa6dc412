import type { PlatformAddress } from '../core/platforms/types';
import { collectPayloads } from './bridge';
import { sendFromPage, type ReadRequest } from './page-messages';
import { loadReader } from './reader-loader';
import type { PageOutcome, ReadPage } from './reader-registry';

/**
 * The content script's answer to 'read-page': it loads its reader if it has not yet, reads the page
 * it lives in, and sends the result to the background in one 'score' message; the background
 * broadcasts the scorecard to the panels.
 */
export function readAndSend(platform: PlatformAddress, request: ReadRequest): void {
  void readThisPage(platform)
    .then((outcome) => sendFromPage('score', { outcome, store: request.store, campaign: request.campaign ?? null, requestId: request.requestId }))
    .catch(() => undefined);
}

/** Reads the page with its platform's reader, loading it on first use. */
export async function readThisPage(platform: PlatformAddress): Promise<PageOutcome> {
  let read: ReadPage;
  try {
    read = await loadReader(platform.id);
  } catch (err) {
    return { ok: false, error: { reason: 'reload-needed', missing: [], message: `Microscope could not load its reader here (${(err as Error).message}). Reload the page, then score again.` } };
  }
  return captureThisPage(read, document, location.href, () => new Date());
}

/** How long a read waits for a single-page app to catch up with its own address bar. */
export const CATCH_UP = { totalMs: 2_500, stepMs: 250 } as const;

// A page that changed its address before its content shows nothing of the new creator yet: worth waiting for.
const WORTH_WAITING: ReadonlySet<string> = new Set(['still-loading', 'layout-changed']);

/**
 * What a content script does on "capture": read the page it lives in with its own platform's reader.
 * When nothing on the page belongs to the creator in the address bar yet, it waits briefly and reads
 * again; it never falls back to what the page showed of the previous creator. The address is fixed
 * when the scout asks: if it moves on meanwhile, this read refuses rather than score another creator.
 */
export async function captureThisPage(
  read: ReadPage, doc: Document, url: string, now: () => Date,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<PageOutcome> {
  let waited = 0;
  for (;;) {
    const payloads = await collectPayloads(doc);
    const outcome = read({ url, doc, payloads, capturedAt: now().toISOString() });
    if (outcome.ok || !WORTH_WAITING.has(outcome.error.reason) || waited >= CATCH_UP.totalMs) return outcome;
    await wait(CATCH_UP.stepMs);
    waited += CATCH_UP.stepMs;
  }
}
