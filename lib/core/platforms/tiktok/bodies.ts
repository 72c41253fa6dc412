import type { PageCapture } from '../../model/capture';
import { scriptAssignment, scriptJson } from '../../parse/embedded-json';
import type { JsonBody } from '../../parse/json-walk';
import { TT_SELECTORS } from './selectors';
import { payloadLabel } from '../shared/payload-label';

/** A JSON the page holds, with the address a response was fetched from (null for the document's own). */
export interface TikTokBody extends JsonBody {
  url: string | null;
}

/**
 * Every JSON the TikTok page holds, each once: the embedded blocks first (what the page was
 * served), then the responses it fetched, in the order it received them. The blocks are named
 * for provenance only; what is read from them is found by shape.
 */
export function tiktokBodies(capture: PageCapture): TikTokBody[] {
  const { doc } = capture;
  const out: TikTokBody[] = [];
  const seen = new Set<Element>();
  for (const [name, selector] of EMBEDDED) {
    const el = doc.querySelector(selector);
    if (!el) continue;
    seen.add(el);
    const body = scriptJson(doc, selector);
    if (body !== undefined) out.push({ body, source: `json: ${name}`, url: null });
  }
  // Early 2022 assigned the SIGI state in an inline script rather than a JSON tag.
  if (!out.some((b) => b.source === 'json: SIGI_STATE')) {
    for (const marker of TT_SELECTORS.sigiMarkers) {
      const body = scriptAssignment(doc, marker);
      if (body === undefined) continue;
      out.push({ body, source: 'json: SIGI_STATE', url: null });
      break;
    }
  }
  // Any other JSON block, so a renamed script id still reads (named by its id for provenance).
  for (const el of Array.from(doc.querySelectorAll('script[type="application/json"]'))) {
    if (seen.has(el) || !el.id) continue;
    const body = parse(el.textContent ?? '');
    if (body !== undefined) out.push({ body, source: `json: script#${el.id}`, url: null });
  }
  for (const p of capture.payloads) out.push({ body: p.body, source: `payload: ${payloadLabel(p.url)}`, url: p.url });
  return out;
}

const EMBEDDED: readonly (readonly [string, string])[] = [
  ['__UNIVERSAL_DATA_FOR_REHYDRATION__', TT_SELECTORS.universalData],
  ['SIGI_STATE', TT_SELECTORS.sigiState],
  ['__NEXT_DATA__', TT_SELECTORS.nextData],
];

function parse(text: string): unknown {
  // Small blocks such as api-domains are cheap; nothing that is not an object or list is worth a parse.
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A query parameter of the address a response was fetched from (`secUid`, `aweme_id`), or null. */
export function queryParam(url: string | null, name: string): string | null {
  if (!url) return null;
  try {
    return new URL(url, 'https://www.tiktok.com').searchParams.get(name);
  } catch {
    return null;
  }
}
