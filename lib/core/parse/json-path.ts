/**
 * Narrowing helpers for JSON we do not control. Platform payloads change shape
 * without notice, so every read is checked instead of cast.
 */
export type Json = unknown;

export function isObj(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Follows a dotted path ("a.b.0.c"), or an array of keys when a key itself holds a
 * dot (TikTok's "webapp.user-detail"); returns undefined at the first missing step.
 */
export function at(root: Json, path: string | readonly string[]): Json {
  let cur: Json = root;
  for (const key of typeof path === 'string' ? path.split('.') : path) {
    if (Array.isArray(cur)) cur = cur[Number(key)];
    else if (isObj(cur)) cur = cur[key];
    else return undefined;
  }
  return cur;
}

export function str(v: Json): string | null {
  return typeof v === 'string' ? v : null;
}

export function arr(v: Json): Json[] {
  return Array.isArray(v) ? v : [];
}

export function bool(v: Json): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

/** A non-negative integer from a number or an all-digit string ("4001943"); otherwise null. */
export function int(v: Json): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : null;
  if (typeof v === 'string' && /^\d{1,15}$/.test(v.trim())) return Number(v.trim());
  return null;
}

/** Epoch seconds → ISO string, or null when the value is not a plausible timestamp. */
export function epochToIso(v: Json): string | null {
  const n = int(v);
  // Before 2005 no platform here existed; beyond 2100 is garbage.
  if (n === null || n < 1_104_537_600 || n > 4_102_444_800) return null;
  return new Date(n * 1000).toISOString();
}

/**
 * Depth-first search, in document order, for every object that has one of `keys`.
 * Bounded so hostile input cannot hang us.
 */
export function findAll(root: Json, keys: readonly string[], limit = 5000): { key: string; value: Json }[] {
  const out: { key: string; value: Json }[] = [];
  const stack: Json[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited < 200_000 && out.length < limit) {
    const cur = stack.pop();
    visited++;
    if (Array.isArray(cur)) {
      for (let i = cur.length - 1; i >= 0; i--) stack.push(cur[i]);
    } else if (isObj(cur)) {
      const key = keys.find((k) => k in cur);
      if (key !== undefined) {
        // A tile never nests another tile; do not descend into a match.
        out.push({ key, value: cur[key] });
        continue;
      }
      const values = Object.values(cur);
      for (let i = values.length - 1; i >= 0; i--) stack.push(values[i]);
    }
  }
  return out;
}
