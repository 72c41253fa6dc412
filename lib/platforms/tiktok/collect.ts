import { at, isObj, str, type Json } from '../../parse/json-path';
import { findShapes, isInside, type JsonBody, type ShapeMatch } from '../../parse/json-walk';
import { TT_SHAPES, type TikTokShape } from './shapes';

export type Match = ShapeMatch<TikTokShape>;

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
}

export interface Collected {
  profiles: ProfileBlock[];
  items: Match[];
  comments: Match[];
  statuses: Match[];
  /** Grid orders (lists of ids) by body source. */
  orders: Map<string, string[]>;
}

export const whereOf = (m: { source: string; path: string }): string => `${m.source} @ ${m.path || '(root)'}`;
const lower = (v: Json): string | null => str(v)?.toLowerCase() ?? null;

/**
 * Walks every body once and sorts what it found. Viewers (`webapp.app-context.user`, SIGI's
 * AppContext, Next's `$user`) come out as bare users without counts, so they never describe a creator.
 */
export function collect(bodies: readonly JsonBody[]): Collected {
  const matches = findShapes(bodies, TT_SHAPES);
  const out: Collected = { profiles: [], items: [], comments: [], statuses: [], orders: new Map() };
  const bareUsers: Match[] = [];
  const looseCounts: Match[] = [];
  for (const m of matches) {
    switch (m.kind) {
      case 'profile': {
        const handle = lower(at(m.value, 'user.uniqueId'));
        const where = whereOf(m);
        if (handle) out.profiles.push({ handle, user: m.value.user, stats: m.value.stats, statsV2: m.value.statsV2, where: `${where}.user`, statsAt: `${where}.stats`, statsV2At: `${where}.statsV2`, fromAuthor: false });
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
  pairKeyedCounts(bareUsers, looseCounts, out.profiles);
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
    where: `${where}.author`, statsAt: `${where}.authorStats`, statsV2At: `${where}.authorStatsV2`, fromAuthor: true,
  });
}

/**
 * SIGI_STATE (2022–2023) keeps users and their counts in two maps keyed by handle
 * (`UserModule.users[h]`, `UserModule.stats[h]`): a loose counts block belongs to the user
 * whose handle names the key it sits under.
 */
function pairKeyedCounts(users: Match[], counts: Match[], profiles: ProfileBlock[]): void {
  for (const u of users) {
    const handle = lower(u.value.uniqueId);
    if (!handle) continue;
    // The handle comes from the page, so every character is escaped before it becomes a pattern.
    const keyed = new RegExp(`(^|[.\\[])${handle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[._\\[])`, 'i');
    const stats = counts.find((c) => c.source === u.source && keyed.test(c.path));
    if (stats) profiles.push({ handle, user: u.value, stats: stats.value, statsV2: undefined, where: whereOf(u), statsAt: whereOf(stats), statsV2At: '', fromAuthor: false });
  }
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
