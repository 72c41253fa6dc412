import { at, isObj, str, type Json } from '../../parse/json-path';
import { findShapes, isInside, WALK_LIMITS, type ShapeMatch } from '../../parse/json-walk';
import type { TikTokBody } from './bodies';
import { keyPaths, sameEntry } from './keyed';
import { TT_SHAPES, type TikTokShape } from './shapes';

/** A shape found in one body; `body` indexes the bodies, since two responses from one endpoint share a source. */
export type Match = ShapeMatch<TikTokShape> & { body: number };

/** One place that describes a creator: a profile block, an item's author, or SIGI's user with its counts. */
export interface ProfileBlock {
  handle: string;
  user: Json;
  stats: Json;
  statsV2: Json;
  /** `<body source> @ <path>` of the user, and of each counts block. */
  where: string;
  statsAt: string;
  statsV2At: string;
  /** From an item's author: only used when the page holds no profile of the creator. */
  fromAuthor: boolean;
  /** Which body it sat in. */
  body: number;
}

export interface Collected {
  profiles: ProfileBlock[];
  items: Match[];
  comments: Match[];
  statuses: Match[];
  /** Users without counts outside any other shape (SIGI's users, and viewers): they name who the page mentions. */
  users: Match[];
  /** Grid orders (lists of ids) by body source. */
  orders: Map<string, string[]>;
}

export const whereOf = (m: { source: string; path: string }): string => `${m.source} @ ${m.path || '(root)'}`;
const lower = (v: Json): string | null => str(v)?.toLowerCase() ?? null;

/**
 * Walks every body once and sorts what it found. Viewers (`webapp.app-context.user`, SIGI's
 * AppContext, Next's `$user`) come out as bare users without counts, so they never describe a creator.
 */
export function collect(bodies: readonly TikTokBody[], warn: (message: string) => void): Collected {
  const matches: Match[] = [];
  bodies.forEach((b, body) => {
    for (const m of findShapes([b], TT_SHAPES, WALK_LIMITS, warn)) matches.push(Object.assign(m, { body }));
  });
  const out: Collected = { profiles: [], items: [], comments: [], statuses: [], users: [], orders: new Map() };
  const bareUsers = out.users;
  const looseCounts: Match[] = [];
  for (const m of matches) {
    switch (m.kind) {
      case 'profile': {
        const handle = lower(at(m.value, 'user.uniqueId'));
        const where = whereOf(m);
        if (handle) out.profiles.push({ handle, user: m.value.user, stats: m.value.stats, statsV2: m.value.statsV2, where: `${where}.user`, statsAt: `${where}.stats`, statsV2At: `${where}.statsV2`, fromAuthor: false, body: m.body });
        break;
      }
      case 'item':
        // An item quoted inside another (a duet's source, say) is not a post of the page.
        if (!isInside(m, ['item'])) out.items.push(m);
        authorOf(m, out.profiles);
        break;
      case 'comment':
        out.comments.push(m);
        break;
      case 'status':
        out.statuses.push(m);
        break;
      case 'order':
        if (!out.orders.has(m.source)) out.orders.set(m.source, (m.value.list as string[]).slice());
        break;
      case 'user':
        if (m.parent === null) bareUsers.push(m);
        break;
      case 'counts':
        if (m.parent === null) looseCounts.push(m);
        break;
    }
  }
  pairKeyedCounts(bodies, bareUsers, looseCounts, out.profiles);
  return out;
}

/** A video page names its creator in the item itself: `author` with `authorStats`/`authorStatsV2`. */
function authorOf(m: Match, profiles: ProfileBlock[]): void {
  const author = m.value.author;
  const handle = lower(at(author, 'uniqueId'));
  if (!isObj(author) || !handle) return;
  const where = whereOf(m);
  profiles.push({
    handle, user: author, stats: m.value.authorStats, statsV2: m.value.authorStatsV2,
    where: `${where}.author`, statsAt: `${where}.authorStats`, statsV2At: `${where}.authorStatsV2`, fromAuthor: true, body: m.body,
  });
}

/**
 * SIGI_STATE (2022–2023) keeps users and their counts in two maps keyed by handle
 * (`UserModule.users[h]`, `UserModule.stats[h]`): a loose counts block belongs to the one user
 * that sits under the same key. Keys are compared whole, as the walk found them (handles hold
 * `.` and `_`, so no pattern over a joined path can tell `abc` from `abc_def`). The key is matched
 * to the user's key rather than to the handle: that needs no guess about how a layout spells its
 * keys, and the user's own uniqueId is what is then matched to the address.
 */
function pairKeyedCounts(bodies: readonly TikTokBody[], users: Match[], counts: Match[], profiles: ProfileBlock[]): void {
  for (const [body, inBody] of groupByBody(users)) {
    const loose = counts.filter((c) => c.body === body);
    if (loose.length === 0) continue;
    const targets = new Set<object>();
    for (const m of inBody) targets.add(m.value);
    for (const m of loose) targets.add(m.value);
    const paths = keyPaths(bodies[body]?.body, targets);
    // Paired entries end in the same key, so only users under the counts' last key are candidates.
    const byLastKey = new Map<string | number, { user: Match; keys: (string | number)[] }[]>();
    for (const user of inBody) {
      const keys = paths.get(user.value);
      if (!keys || keys.length === 0) continue;
      const last = keys[keys.length - 1] as string | number;
      const bucket = byLastKey.get(last);
      if (bucket) bucket.push({ user, keys });
      else byLastKey.set(last, [{ user, keys }]);
    }
    const paired = new Set<Match>();
    for (const c of loose) {
      const keys = paths.get(c.value);
      if (!keys || keys.length === 0) continue;
      // A counts block that pairs with more than one user is ambiguous, so it counts for none.
      const owners = (byLastKey.get(keys[keys.length - 1] as string | number) ?? []).filter((u) => sameEntry(u.keys, keys));
      const u = owners.length === 1 ? owners[0]!.user : null;
      const handle = u ? lower(u.value.uniqueId) : null;
      if (!u || !handle || paired.has(u)) continue;
      paired.add(u);
      profiles.push({ handle, user: u.value, stats: c.value, statsV2: undefined, where: whereOf(u), statsAt: whereOf(c), statsV2At: '', fromAuthor: false, body });
    }
  }
}

function groupByBody(matches: Match[]): Map<number, Match[]> {
  const out = new Map<number, Match[]>();
  for (const m of matches) {
    const list = out.get(m.body);
    if (list) list.push(m);
    else out.set(m.body, [m]);
  }
  return out;
}

/** Where a list of items sat: the path they share (`itemList` for `itemList[0]`…`itemList[9]`). */
export function commonPath(paths: string[]): string {
  if (paths.length <= 1) return paths[0] || '(root)';
  let prefix = paths[0]!;
  for (const p of paths) while (!p.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const cut = Math.max(prefix.lastIndexOf('['), prefix.lastIndexOf('.'));
  const whole = paths.every((p) => p.length === prefix.length || /^[.[]/.test(p.slice(prefix.length)));
  const shared = whole ? prefix : prefix.slice(0, Math.max(cut, 0));
  return shared.replace(/[.[]$/, '') || '(root)';
}
