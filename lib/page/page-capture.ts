import { ExtractError } from '../core/model/errors';
import { sendToBackground } from '../messaging/client';
import type { RequestOf } from '../messaging/protocol';
import { extractWith } from '../core/platforms/extract-with';
import type { Platform } from '../core/platforms/types';
import { collectPayloads } from './bridge';

/** A page read, or why it could not be read. */
export type PageOutcome = RequestOf<'score'>['outcome'];

/**
 * The content script's answer to 'read-page': it reads the page it lives in and sends the result to
 * the background in one 'score' message; the background broadcasts the scorecard to the panels.
 */
export function readAndSend(platform: Platform, request: RequestOf<'read-page'>): void {
  void captureThisPage(platform, document, location.href, () => new Date())
    .then((outcome) => sendToBackground('score', { outcome, store: request.store, campaign: request.campaign ?? null, requestId: request.requestId }))
    .catch(() => undefined);
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
  platform: Platform, doc: Document, url: string, now: () => Date,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<PageOutcome> {
  let waited = 0;
  for (;;) {
    const payloads = await collectPayloads(doc);
    try {
      return { ok: true, value: extractWith(platform, { url, doc, payloads, capturedAt: now().toISOString() }) };
    } catch (err) {
      if (!(err instanceof ExtractError)) throw err;
      if (!WORTH_WAITING.has(err.reason) || waited >= CATCH_UP.totalMs) return { ok: false, error: err.toInfo() };
    }
    await wait(CATCH_UP.stepMs);
    waited += CATCH_UP.stepMs;
  }
}
