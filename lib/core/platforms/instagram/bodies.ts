import type { PageCapture } from '../../model/capture';
import { decodeJsonAt, scriptAssignment } from '../../parse/embedded-json';
import { isObj, type Json } from '../../parse/json-path';
import { findShapes, WALK_LIMITS, type JsonBody, type ShapeMatch } from '../../parse/json-walk';
import { IG_SHAPES, type IgKind } from './shapes';
import { IG_SELECTORS } from './selectors';
import { payloadLabel } from '../shared/payload-label';

/** A body with the address it was fetched from; null for what the document embeds. */
export interface IgBody extends JsonBody {
  url: string | null;
}

export interface Walked {
  matches: ShapeMatch<IgKind>[];
  /** The body each match sat in: data that names no post is judged by its body's address. */
  bodyOf: Map<ShapeMatch<IgKind>, IgBody>;
}

/** One walk per body (each has its own budget), remembering where each match came from; a capped body is reported. */
export function walkBodies(capture: PageCapture, warn: (message: string) => void): Walked {
  const matches: ShapeMatch<IgKind>[] = [];
  const bodyOf = new Map<ShapeMatch<IgKind>, IgBody>();
  for (const body of pageBodies(capture)) {
    for (const m of findShapes([body], IG_SHAPES, WALK_LIMITS, warn)) {
      matches.push(m);
      bodyOf.set(m, body);
    }
  }
  return { matches, bodyOf };
}

/**
 * Every JSON body of the page, whole: embedded first (what the page was served), then the
 * responses it fetched in the order it received them. Bodies are not unwrapped by path:
 * the shape walker finds users, media and comments wherever they sit.
 */
export function pageBodies(capture: PageCapture): IgBody[] {
  const out: IgBody[] = [];
  const shared = scriptAssignment(capture.doc, IG_SELECTORS.sharedDataMarker);
  if (isObj(shared)) out.push({ body: shared, source: 'json: window._sharedData', url: null });
  for (const body of additionalData(capture.doc)) out.push({ body, source: 'json: window.__additionalDataLoaded', url: null });
  for (const [selector, source] of [[IG_SELECTORS.embeddedBlobs, 'json: data-sjs'], [IG_SELECTORS.jsonLd, 'json: JSON-LD']] as const) {
    for (const el of Array.from(capture.doc.querySelectorAll(selector))) {
      const text = el.textContent ?? '';
      // Most data-sjs blobs are module definitions: only one naming a user or a post can hold the creator.
      if (selector === IG_SELECTORS.embeddedBlobs && !HOLDS_DATA.test(text)) continue;
      const body = parsed(text);
      if (body !== undefined) out.push({ body, source, url: null });
    }
  }
  for (const p of capture.payloads) out.push({ body: p.body, source: `payload: ${payloadLabel(p.url)}`, url: p.url });
  return out;
}

const HOLDS_DATA = /"(username|code|shortcode)"/;

function parsed(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    // A broken blob is not an error: other sources remain.
    return undefined;
  }
}

/** `window.__additionalDataLoaded('/path/', {...})`: the JSON follows the quoted path. */
function additionalData(doc: Document): Json[] {
  const out: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    let from = text.indexOf(IG_SELECTORS.additionalDataMarker);
    while (from >= 0 && out.length < 20) {
      const open = text.indexOf('{', from);
      const value = open >= 0 ? decodeJsonAt(text, open) : undefined;
      if (isObj(value)) out.push(value);
      from = text.indexOf(IG_SELECTORS.additionalDataMarker, from + 1);
    }
  }
  return out;
}
