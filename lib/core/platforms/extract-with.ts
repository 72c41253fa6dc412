import type { PageCapture } from '../model/capture';
import { ExtractError } from '../model/errors';
import type { ProfileSnapshot } from '../model/snapshot';
import { staleDocument } from './shared/declared-page';
import { finalize } from './shared/finalize';
import type { PageRead } from './shared/page-read';
import type { Platform } from './types';

/** Reads the page with one platform's reader, then insists on the essentials. */
export function extractWith(platform: Platform, capture: PageCapture): ProfileSnapshot {
  let read: PageRead;
  try {
    read = platform.read(capture);
  } catch (err) {
    // A reader must never crash the caller: anything unexpected is a layout we do not know.
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ExtractError('layout-changed', [], `Couldn't read this ${platform.id} page — the page layout may have changed (${detail}).`);
  }
  read.hints.documentShows = staleDocument(platform, capture.doc, capture.url);
  return finalize(read, capture.capturedAt);
}
