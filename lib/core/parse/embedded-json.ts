import type { Json } from './json-path';

/**
 * Reads the JSON value that starts at `start` in `text` (like Python's raw_decode):
 * pages embed data as `var ytInitialData = {...};` followed by more script, so we
 * find the end of the value by bracket matching, respecting strings.
 */
export function decodeJsonAt(text: string, start: number): Json | undefined {
  const end = jsonValueEnd(text, start);
  return end < 0 ? undefined : parseOrUndefined(text.slice(start, end));
}

/** The index just past the JSON object or array starting at `start`, by bracket matching that respects strings; -1 if none. */
export function jsonValueEnd(text: string, start: number): number {
  const open = text[start];
  if (open !== '{' && open !== '[') return -1;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function parseOrUndefined(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/** The JSON assigned after `marker` (e.g. "var ytInitialData =") in any inline script. */
export function scriptAssignment(doc: Document, marker: string): Json | undefined {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    const at = text.indexOf(marker);
    if (at < 0) continue;
    let i = at + marker.length;
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    const value = wholeRest(text, i) ?? decodeJsonAt(text, i);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Fast path: most pages put the assignment alone in its script (`var x = {...};`), so the
 * rest of the text is the value. JSON.parse is native and several times faster than our scan.
 */
function wholeRest(text: string, start: number): Json | undefined {
  let end = text.length;
  while (end > start && /[\s;]/.test(text[end - 1] ?? '')) end--;
  const last = text[end - 1];
  if (last !== '}' && last !== ']') return undefined;
  return parseOrUndefined(text.slice(start, end));
}

/** The JSON body of a `<script type="application/json">` found by a CSS selector. */
export function scriptJson(doc: Document, selector: string): Json | undefined {
  const el = doc.querySelector(selector);
  if (!el) return undefined;
  return parseOrUndefined(el.textContent ?? '');
}
