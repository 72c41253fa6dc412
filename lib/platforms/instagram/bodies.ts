import type { PageCapture } from '../../model/capture';
import { decodeJsonAt, scriptAssignment } from '../../parse/embedded-json';
import { arr, at, findAll, isObj, type Json } from '../../parse/json-path';
import { IG_SELECTORS, type JsonList } from './selectors';

/** A JSON body the page holds, embedded or fetched, with where it came from. */
export interface Body {
  body: Json;
  source: string;
}

/**
 * Every JSON body of the page in one list, embedded first (what the page was served),
 * then the responses it fetched in the order it received them. Embedded bodies are
 * reshaped to look like the response that carries the same data, so one reader serves both.
 */
export function pageBodies(capture: PageCapture): Body[] {
  const out: Body[] = [];
  const shared = scriptAssignment(capture.doc, IG_SELECTORS.sharedDataMarker);
  for (const page of arr(at(shared, 'entry_data.ProfilePage'))) out.push({ body: page, source: 'json: window._sharedData' });
  for (const page of arr(at(shared, 'entry_data.PostPage'))) out.push({ body: page, source: 'json: window._sharedData (post)' });
  for (const body of additionalData(capture.doc)) out.push({ body, source: 'json: window.__additionalDataLoaded' });
  for (const body of relayResults(capture.doc)) out.push({ body, source: 'json: data-sjs RelayPrefetchedStreamCache' });
  for (const p of capture.payloads) out.push({ body: p.body, source: `payload: ${endpointName(p.url)}` });
  return out;
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

/** The prefetched query results (`{data: …}`) inside the current web app's data-sjs blobs. */
function relayResults(doc: Document): Json[] {
  const out: Json[] = [];
  for (const el of Array.from(doc.querySelectorAll(IG_SELECTORS.embeddedBlobs))) {
    let blob: Json;
    try {
      blob = JSON.parse(el.textContent ?? '');
    } catch {
      // A broken blob is not an error: other sources remain.
      continue;
    }
    for (const { value } of findAll(blob, ['result'], 50)) {
      if (isObj(value) && isObj(value.data)) out.push(value);
    }
  }
  return out;
}

export function endpointName(url: string): string {
  try {
    return new URL(url, 'https://www.instagram.com').pathname;
  } catch {
    return url.slice(0, 80);
  }
}

/** The items of one list in a body, unwrapped; anything that is not an object is skipped. */
export function itemsOf(body: Json, list: JsonList): Record<string, Json>[] {
  return arr(at(body, list.path)).map((e) => (list.inner ? at(e, list.inner) : e)).filter(isObj);
}
