import type { Json } from '../../parse/json-path';
import { WALK_LIMITS } from '../../parse/json-walk';

type Key = string | number;

interface Frame {
  value: Json;
  key: Key | null;
  up: Frame | null;
  depth: number;
}

/**
 * The keys that lead from a body's root to each of `targets`, found by identity in one bounded
 * depth-first walk that stops once all are found. The shared walker reports a path as one joined
 * string, and that cannot be split back into keys: `stats.khaby.lame` is `stats["khaby.lame"]` or
 * `stats.khaby.lame`. Targets never hold one another (both are top-level matches), so a hit is not entered.
 */
export function keyPaths(body: Json, targets: ReadonlySet<object>): Map<object, Key[]> {
  const out = new Map<object, Key[]>();
  const stack: Frame[] = [{ value: body, key: null, up: null, depth: 0 }];
  for (let nodes = 0; stack.length > 0 && out.size < targets.size && nodes < WALK_LIMITS.nodes; nodes++) {
    const frame = stack.pop() as Frame;
    const { value } = frame;
    if (typeof value !== 'object' || value === null || frame.depth >= WALK_LIMITS.depth) continue;
    if (targets.has(value)) {
      out.set(value, keysOf(frame));
      continue;
    }
    const push = (child: Json, key: Key) => {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, key, up: frame, depth: frame.depth + 1 });
    };
    if (Array.isArray(value)) {
      for (let i = Math.min(value.length, WALK_LIMITS.arrayItems) - 1; i >= 0; i--) push(value[i] as Json, i);
    } else {
      for (const key of Object.keys(value)) push((value as Record<string, Json>)[key], key);
    }
  }
  return out;
}

function keysOf(frame: Frame): Key[] {
  const keys: Key[] = [];
  for (let f: Frame | null = frame; f && f.key !== null; f = f.up) keys.push(f.key);
  return keys.reverse();
}

/**
 * True when a user and a counts block are the same entry of two sibling maps: SIGI keeps
 * `users[k]` and `stats[k]`. Below the key where their paths part (the two maps' names) the
 * remaining keys must be identical, compared whole: `abc` is not `abc_def` and `khaby` is not
 * `khaby.lame`. One side may sit deeper (a map wrapped one level more); the shared tail must
 * start with a map key, not a list index, since parallel lists prove nothing.
 */
export function sameEntry(user: readonly Key[], counts: readonly Key[]): boolean {
  let k = 0;
  while (k < user.length && k < counts.length && user[k] === counts[k]) k++;
  const a = user.slice(k + 1);
  const b = counts.slice(k + 1);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0 || typeof short[0] !== 'string') return false;
  for (let i = 1; i <= short.length; i++) if (short[short.length - i] !== long[long.length - i]) return false;
  return true;
}
