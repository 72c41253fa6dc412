import { ExtractError } from '../model/errors';
import type { ResponseOf } from '../messaging/protocol';
import { extract } from '../platforms';
import { collectPayloads } from './bridge';

/** What a content script does on "capture": read the page it lives in, once. */
export async function captureThisPage(doc: Document, url: string, now: Date): Promise<ResponseOf<'capture'>> {
  const payloads = await collectPayloads(doc);
  try {
    return { ok: true, value: extract({ url, doc, payloads, capturedAt: now.toISOString() }) };
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, error: err.toInfo() };
    throw err;
  }
}
