import { ExtractError } from '../model/errors';
import type { ResponseOf } from '../messaging/protocol';
import { extractWith } from '../platforms/extract-with';
import type { Platform } from '../platforms/types';
import { collectPayloads } from './bridge';

/** What a content script does on "capture": read the page it lives in, once, with its own platform's reader. */
export async function captureThisPage(platform: Platform, doc: Document, url: string, now: Date): Promise<ResponseOf<'capture'>> {
  const payloads = await collectPayloads(doc);
  try {
    return { ok: true, value: extractWith(platform, { url, doc, payloads, capturedAt: now.toISOString() }) };
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, error: err.toInfo() };
    throw err;
  }
}
