import type { PlatformId } from '../core/model/snapshot';
import { sendFromPage } from './page-messages';
import type { ReaderShelf, ReadPage } from './reader-registry';

const shelf = globalThis as ReaderShelf;

/**
 * The platform's reader, loaded the first time the scout asks: the background injects it into this
 * content script's isolated world (nothing is exposed to the page), so every page load pays only for
 * the listener, the bridge and the button.
 */
export async function loadReader(id: PlatformId): Promise<ReadPage> {
  const loaded = shelf.__microscopeReaders?.[id];
  if (loaded) return loaded;
  await sendFromPage('load-reader', {});
  const reader = shelf.__microscopeReaders?.[id];
  if (!reader) throw new Error(`The ${id} reader did not load.`);
  return reader;
}
