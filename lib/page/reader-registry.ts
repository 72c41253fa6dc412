import { ExtractError } from '../core/model/errors';
import type { PageCapture } from '../core/model/capture';
import { extractWith } from '../core/platforms/extract-with';
import type { Platform } from '../core/platforms/types';
import type { RequestOf } from '../messaging/protocol';

/** A page read, or why it could not be read. */
export type PageOutcome = RequestOf<'score'>['outcome'];
export type ReadPage = (capture: PageCapture) => PageOutcome;

/**
 * Where a loaded reader waits for the content script. The reader file is injected into the content
 * script's own isolated world, so this global is shared with it and invisible to the page.
 */
export interface ReaderShelf { __microscopeReaders?: Partial<Record<string, ReadPage>> }

/** The page read as a snapshot, or the typed refusal a scout can act on. */
export function outcomeOf(platform: Platform, capture: PageCapture): PageOutcome {
  try {
    return { ok: true, value: extractWith(platform, capture) };
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, error: err.toInfo() };
    throw err;
  }
}

/** Runs in the reader file (entrypoints/reader-<platform>.ts) when the background injects it. */
export function registerReader(platform: Platform): void {
  const shelf = globalThis as ReaderShelf;
  shelf.__microscopeReaders = { ...shelf.__microscopeReaders, [platform.id]: (capture) => outcomeOf(platform, capture) };
}
