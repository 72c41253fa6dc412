import type { ObservedPayload } from '../core/model/capture';
import { isObservedUrl } from '../core/platforms/observed-urls';
import { OBSERVER_CAPS, type ObservedEntry } from './observer';

/**
 * The isolated-world content script and the page-world observer share only the DOM,
 * so they talk through two document events. The page could fire these too; that
 * would only hand the page its own data, so it is harmless. A page script could also
 * answer a collect request with made-up entries, or notice one: no secret name or nonce
 * would stop that, since the observer shares the page's world and anything it knows the
 * page can read. Made-up entries give the page no power it lacks already (it writes the
 * DOM and the embedded JSON we read). So what arrives is held to the observer's own rules again:
 * only responses of this host at the known endpoints, within the observer's caps; the source label
 * keeps the host; and the readers raise a reader-disagreement note when a response and the page's
 * visible header disagree beyond rounding.
 */
export const COLLECT_EVENT = 'microscope:collect';
export const ENTRIES_EVENT = 'microscope:entries';

/** Page world: answer each collect request with the buffer, as a JSON string (crosses worlds intact). */
export function serveEntries(doc: Document, entries: () => ObservedEntry[]): () => void {
  const onCollect = () => doc.dispatchEvent(new CustomEvent(ENTRIES_EVENT, { detail: JSON.stringify(entries()) }));
  doc.addEventListener(COLLECT_EVENT, onCollect);
  return () => doc.removeEventListener(COLLECT_EVENT, onCollect);
}

/** Isolated world: ask for the observed responses; resolves [] if no observer answers. */
export function collectPayloads(doc: Document, timeoutMs = 300): Promise<ObservedPayload[]> {
  return new Promise((resolve) => {
    const onEntries = (event: Event) => {
      clearTimeout(timer);
      doc.removeEventListener(ENTRIES_EVENT, onEntries);
      resolve(parseEntries((event as CustomEvent<unknown>).detail, doc.location?.host ?? ''));
    };
    const timer = setTimeout(() => {
      doc.removeEventListener(ENTRIES_EVENT, onEntries);
      resolve([]);
    }, timeoutMs);
    doc.addEventListener(ENTRIES_EVENT, onEntries);
    doc.dispatchEvent(new CustomEvent(COLLECT_EVENT));
  });
}

/**
 * Bodies are parsed only now, when the scout asks: the observer itself never parses. Whoever
 * answered, only this host's known endpoints count, and only the newest entries within the caps.
 */
export function parseEntries(detail: unknown, pageHost: string): ObservedPayload[] {
  if (typeof detail !== 'string' || detail.length > OBSERVER_CAPS.chars * 2) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(detail);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const out: ObservedPayload[] = [];
  let chars = 0;
  for (const e of (raw as Partial<ObservedEntry>[]).slice(-OBSERVER_CAPS.entries).reverse()) {
    if (typeof e?.url !== 'string' || typeof e.text !== 'string' || !isObservedUrl(pageHost, e.url)) continue;
    chars += e.text.length;
    if (chars > OBSERVER_CAPS.chars) break;
    try {
      out.unshift({ url: e.url, body: JSON.parse(e.text) as unknown });
    } catch {
      // Not JSON (an HTML error page, a stream): nothing to read.
    }
  }
  return out;
}
