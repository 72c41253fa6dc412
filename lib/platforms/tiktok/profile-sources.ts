import type { PageCapture } from '../../model/capture';
import { scriptAssignment, scriptJson } from '../../parse/embedded-json';
import { arr, at, isObj, str, type Json } from '../../parse/json-path';
import { TT_SELECTORS } from './selectors';

/** A {user, stats, statsV2?} block: one place that describes a creator. */
export interface ProfileBlock {
  user: Json;
  stats: Json;
  statsV2: Json;
  source: string;
}

/** Items as one source listed them, in that source's order. */
export interface ItemBatch {
  items: Json[];
  source: string;
}

export interface TikTokSources {
  profiles: ProfileBlock[];
  batches: ItemBatch[];
}

/**
 * Every profile block and item list the page holds: embedded JSON first (what the
 * page opened with), then observed responses in the order the page received them.
 * Viewer blocks (`webapp.app-context.user`, SIGI `AppContext`, Next's `$user`) are
 * never read: they describe whoever is logged in, not the creator.
 */
export function tiktokSources(capture: PageCapture): TikTokSources {
  const out: TikTokSources = { profiles: [], batches: [] };
  const universal = at(scriptJson(capture.doc, TT_SELECTORS.universalData), '__DEFAULT_SCOPE__');
  const uSource = 'json: __UNIVERSAL_DATA_FOR_REHYDRATION__';
  pushUserInfo(out, at(universal, ['webapp.user-detail', 'userInfo']), uSource);
  pushItemStruct(out, at(universal, ['webapp.video-detail', 'itemInfo', 'itemStruct']), `${uSource} (video page)`);

  const next = at(scriptJson(capture.doc, TT_SELECTORS.nextData), 'props.pageProps');
  pushUserInfo(out, at(next, 'userInfo'), 'json: __NEXT_DATA__');
  pushBatch(out, arr(at(next, 'items')), 'json: __NEXT_DATA__');
  pushItemStruct(out, at(next, 'itemInfo.itemStruct'), 'json: __NEXT_DATA__ (video page)');

  pushSigi(out, sigiState(capture.doc));

  for (const p of capture.payloads) {
    const source = `payload: ${pathOf(p.url)}`;
    // Scrapfly-style captures wrap the userInfo, or the bare items, in a list.
    const bodies = Array.isArray(p.body) ? p.body : [p.body];
    pushBatch(out, bodies.filter(looksLikeItem), source);
    for (const body of bodies) {
      pushUserInfo(out, isObj(at(body, 'userInfo')) ? at(body, 'userInfo') : body, source);
      pushBatch(out, arr(at(body, 'itemList')), source);
      pushItemStruct(out, at(body, 'itemInfo.itemStruct'), source);
    }
  }
  return out;
}

function sigiState(doc: Document): Json {
  const tagged = scriptJson(doc, TT_SELECTORS.sigiState);
  if (tagged !== undefined) return tagged;
  for (const marker of TT_SELECTORS.sigiMarkers) {
    const assigned = scriptAssignment(doc, marker);
    if (assigned !== undefined) return assigned;
  }
  return undefined;
}

/** SIGI keys users and items by handle and id; ItemList holds the grid's order. */
function pushSigi(out: TikTokSources, sigi: Json): void {
  const users = at(sigi, 'UserModule.users');
  if (isObj(users)) {
    for (const [name, user] of Object.entries(users)) {
      pushUserInfo(out, { user, stats: at(sigi, ['UserModule', 'stats', name]) }, 'json: SIGI_STATE');
    }
  }
  const module = at(sigi, 'ItemModule');
  if (!isObj(module)) return;
  const order = arr(at(sigi, ['ItemList', 'user-post', 'list'])).map(str).filter((id): id is string => !!id && id in module);
  const ids = [...new Set([...order, ...Object.keys(module)])];
  pushBatch(out, ids.map((id) => module[id]), 'json: SIGI_STATE');
}

function pushUserInfo(out: TikTokSources, info: Json, source: string): void {
  if (!isObj(at(info, 'user')) || !str(at(info, 'user.uniqueId'))) return;
  out.profiles.push({ user: at(info, 'user'), stats: at(info, 'stats'), statsV2: at(info, 'statsV2'), source });
  pushBatch(out, arr(at(info, 'itemList')), source);
}

/** A video page names its creator in the item itself (author + authorStats). */
function pushItemStruct(out: TikTokSources, struct: Json, source: string): void {
  if (!isObj(struct)) return;
  if (isObj(at(struct, 'author'))) {
    out.profiles.push({ user: at(struct, 'author'), stats: at(struct, 'authorStats'), statsV2: at(struct, 'authorStatsV2'), source });
  }
  pushBatch(out, [struct], source);
}

function pushBatch(out: TikTokSources, items: Json[], source: string): void {
  if (items.length) out.batches.push({ items, source });
}

function looksLikeItem(v: Json): boolean {
  return /^\d+$/.test(str(at(v, 'id')) ?? '') && (at(v, 'createTime') !== undefined || isObj(at(v, 'stats')));
}

export function pathOf(url: string): string {
  try {
    return new URL(url, 'https://www.tiktok.com').pathname;
  } catch {
    return url.slice(0, 80);
  }
}
