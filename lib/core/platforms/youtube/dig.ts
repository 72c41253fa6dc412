import { isObj, type Json } from '../../parse/json-path';

/** Bounds a search inside one matched object; a tile or a header is a few thousand nodes at most. */
const MAX_NODES = 5_000;

/**
 * The shallowest value under `key` inside `root` (breadth-first), whatever wrappers sit between:
 * `dig(owner.navigationEndpoint, 'browseId')` finds it under browseEndpoint or under any renamed wrapper.
 * `accept` skips values of the wrong kind (a `title` object where a string is wanted).
 */
export function dig(root: Json, key: string, accept: (v: Json) => boolean = (v) => v !== undefined): Json {
  let level: Json[] = [root];
  let seen = 0;
  while (level.length > 0 && seen < MAX_NODES) {
    const next: Json[] = [];
    for (const node of level) {
      seen++;
      const children = Array.isArray(node) ? node : isObj(node) ? Object.values(node) : [];
      // Own keys only: a page's JSON never puts data on a prototype, and `in` would find inherited names.
      if (isObj(node) && Object.hasOwn(node, key) && accept(node[key])) return node[key];
      for (const c of children) if (typeof c === 'object' && c !== null) next.push(c);
    }
    level = next;
  }
  return undefined;
}

/** Every value under `key` inside `root`, in document order (not searching inside a found value). */
export function digAll(root: Json, key: string): Json[] {
  const out: Json[] = [];
  const stack: Json[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_NODES) {
    const node = stack.pop();
    seen++;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (isObj(node)) {
      if (Object.hasOwn(node, key)) {
        out.push(node[key]);
        continue;
      }
      const values = Object.values(node);
      for (let i = values.length - 1; i >= 0; i--) if (typeof values[i] === 'object' && values[i] !== null) stack.push(values[i]);
    }
  }
  return out;
}

/** The first string under `key`. */
export function digStr(root: Json, key: string): string | null {
  const v = dig(root, key, (x) => typeof x === 'string');
  return typeof v === 'string' ? v : null;
}
