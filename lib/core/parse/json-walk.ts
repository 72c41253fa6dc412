import { isObj, type Json } from './json-path';

/** A JSON body the page holds (embedded in the HTML or a response it received), with where it came from. */
export interface JsonBody {
  body: Json;
  /** e.g. "json: data-sjs" or "payload: www.instagram.com/api/graphql". */
  source: string;
}

/** A shape test: a predicate over one object. The first test that passes names the object's kind. */
export type ShapeTests<K extends string> = readonly (readonly [K, (o: Record<string, Json>) => boolean])[];

/** An object found by its shape, anywhere in a body. */
export interface ShapeMatch<K extends string> {
  kind: K;
  value: Record<string, Json>;
  /** Where it sat, e.g. `data.xig_user_by_username.polaris_ordered_timeline_connection.edges[3].node`. */
  path: string;
  source: string;
  /** The nearest enclosing match: a post's owner sits inside the post, a reply inside its comment. */
  parent: ShapeMatch<K> | null;
}

/**
 * Caps per body, so a hostile or huge response cannot hang the reader or crowd out the others: nodes
 * visited, matches kept, nesting depth, and the items of one array looked into.
 */
export const WALK_LIMITS = { nodes: 400_000, matches: 5_000, depth: 200, arrayItems: 20_000 } as const;

interface Frame<K extends string> {
  value: Json;
  key: string | number | null;
  up: Frame<K> | null;
  depth: number;
  match: ShapeMatch<K> | null;
}

/**
 * Walks every body once, depth-first in document order, and returns each object that passes
 * one of `tests` with its path and its enclosing match. Each object is tested once, whatever the
 * number of kinds, so a page costs one pass however many fields the reader wants. A body that
 * hits a cap is read up to it, and `warn` says so: data past a cap is missing, never invented.
 */
export function findShapes<K extends string>(
  bodies: readonly JsonBody[], tests: ShapeTests<K>, limits = WALK_LIMITS, warn: (message: string) => void = () => undefined,
): ShapeMatch<K>[] {
  const out: ShapeMatch<K>[] = [];
  for (const { body, source } of bodies) {
    const hit = walkBody(body, source, tests, limits, out);
    if (hit) warn(`Part of ${source} was not read: it is larger than Microscope reads (${hit}).`);
  }
  return out;
}

function walkBody<K extends string>(body: Json, source: string, tests: ShapeTests<K>, limits: typeof WALK_LIMITS, out: ShapeMatch<K>[]): string | null {
  const stack: Frame<K>[] = [{ value: body, key: null, up: null, depth: 0, match: null }];
  let nodes = 0;
  let found = 0;
  let hit: string | null = null;
  while (stack.length > 0) {
    if (nodes >= limits.nodes || found >= limits.matches) return `over ${nodes >= limits.nodes ? `${limits.nodes} values` : `${limits.matches} items`}`;
    const frame = stack.pop() as Frame<K>;
    nodes++;
    const { value } = frame;
    if (frame.depth >= limits.depth) {
      hit = `nested deeper than ${limits.depth}`;
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > limits.arrayItems) hit = `a list of over ${limits.arrayItems} items`;
      for (let i = Math.min(value.length, limits.arrayItems) - 1; i >= 0; i--) {
        const child = value[i];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, key: i, up: frame, depth: frame.depth + 1, match: frame.match });
      }
      continue;
    }
    if (!isObj(value)) continue;
    const match = matchOf(value, frame, source, tests);
    if (match) {
      out.push(match);
      found++;
    }
    const keys = Object.keys(value);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const child = value[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, key, up: frame, depth: frame.depth + 1, match: match ?? frame.match });
    }
  }
  return hit;
}

/** The first shape the object passes. A test that throws on a hostile object (too deep to inspect, say) rules that object out, not the page. */
function matchOf<K extends string>(value: Record<string, Json>, frame: Frame<K>, source: string, tests: ShapeTests<K>): ShapeMatch<K> | null {
  for (const [kind, test] of tests) {
    let passes: boolean;
    try {
      passes = test(value);
    } catch {
      return null;
    }
    if (passes) return { kind, value, path: pathOf(frame), source, parent: frame.match };
  }
  return null;
}

/** The path is built only for matches, by walking up the frames: most objects never need one. */
function pathOf<K extends string>(frame: Frame<K>): string {
  const keys: (string | number)[] = [];
  for (let f: Frame<K> | null = frame; f && f.key !== null; f = f.up) keys.push(f.key);
  let path = '';
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
  }
  return path;
}

/** True when `m` sits inside a match of one of `kinds` (a carousel's child inside its post, say). */
export function isInside<K extends string>(m: ShapeMatch<K>, kinds: readonly K[]): boolean {
  for (let p = m.parent; p; p = p.parent) if (kinds.includes(p.kind)) return true;
  return false;
}

/** The nearest enclosing match of one of `kinds`, or null. */
export function enclosingOf<K extends string>(m: ShapeMatch<K>, kinds: readonly K[]): ShapeMatch<K> | null {
  for (let p = m.parent; p; p = p.parent) if (kinds.includes(p.kind)) return p;
  return null;
}
