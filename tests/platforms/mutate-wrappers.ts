import { jsonValueEnd } from '@/lib/core/parse/embedded-json';
import type { PageCapture } from '@/lib/core/model/capture';

/**
 * The way a site renames its wrappers: every key whose value is an object or array, unless the
 * reader needs it by name, is renamed and its value wrapped one level deeper; every object's keys
 * are reversed. Values a reader reads by name (counts, captions, ids) are left as they are.
 */
export function mutateWrappers(value: unknown, named: ReadonlySet<string>, count: { renamed: number }): unknown {
  if (Array.isArray(value)) return value.map((v) => mutateWrappers(v, named, count));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) {
    const child = mutateWrappers((value as Record<string, unknown>)[key], named, count);
    const container = typeof child === 'object' && child !== null;
    if (container && !named.has(key)) {
      count.renamed++;
      out[`${key}_x`] = { wrap: child };
    } else {
      out[key] = child;
    }
  }
  return out;
}

/** The same capture with every JSON it holds mutated: observed payloads and JSON inside the page's scripts. */
export function mutateCapture(capture: PageCapture, named: ReadonlySet<string>): { capture: PageCapture; renamed: number } {
  const count = { renamed: 0 };
  const payloads = capture.payloads.map((p) => ({ ...p, body: mutateWrappers(p.body, named, count) }));
  const doc = capture.doc.cloneNode(true) as Document;
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    if (text.length > 20) script.textContent = mutateScript(text, named, count);
  }
  return { capture: { ...capture, doc, payloads }, renamed: count.renamed };
}

/** Mutates each JSON value in a script: the whole text, or each `= {…}` / `({…})` / `, {…}` inside it. */
function mutateScript(text: string, named: ReadonlySet<string>, count: { renamed: number }): string {
  try {
    return JSON.stringify(mutateWrappers(JSON.parse(text), named, count));
  } catch {
    // Not one JSON value: look for values embedded in code.
  }
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const before = text.slice(Math.max(0, i - 3), i).trim().slice(-1);
    const end = (ch === '{' || ch === '[') && ['=', '(', ','].includes(before) ? jsonValueEnd(text, i) : -1;
    if (end > i + 40) {
      try {
        out += JSON.stringify(mutateWrappers(JSON.parse(text.slice(i, end)), named, count));
        i = end;
        continue;
      } catch {
        // A bracket pair that is not JSON (plain code): keep it.
      }
    }
    out += ch;
    i++;
  }
  return out;
}
