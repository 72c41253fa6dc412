import type { PageCapture } from '../../model/capture';
import { scriptJson } from '../../parse/embedded-json';
import { arr, at, isObj, str, type Json } from '../../parse/json-path';
import { TT_SELECTORS } from './selectors';

/** A {user, stats, statsV2?} block and the items that came with it. */
export interface TikTokSource {
  user: Json;
  stats: Json;
  statsV2: Json;
  items: Json[];
  source: string;
}

export function tiktokSources(capture: PageCapture): TikTokSource[] {
  const out: TikTokSource[] = [];
  const universal = scriptJson(capture.doc, TT_SELECTORS.universalData);
  const scope = at(universal, '__DEFAULT_SCOPE__');
  pushUserInfo(out, at(scope, ['webapp.user-detail', 'userInfo']), [], 'json: __UNIVERSAL_DATA_FOR_REHYDRATION__');
  const videoStruct = at(scope, ['webapp.video-detail', 'itemInfo', 'itemStruct']);
  pushItemStruct(out, videoStruct, 'json: __UNIVERSAL_DATA_FOR_REHYDRATION__ (video page)');

  const next = at(scriptJson(capture.doc, TT_SELECTORS.nextData), 'props.pageProps');
  pushUserInfo(out, at(next, 'userInfo'), arr(at(next, 'items')), 'json: __NEXT_DATA__');
  pushItemStruct(out, at(next, 'itemInfo.itemStruct'), 'json: __NEXT_DATA__ (video page)');

  const sigi = scriptJson(capture.doc, TT_SELECTORS.sigiState);
  const sigiUsers = at(sigi, 'UserModule.users');
  if (isObj(sigiUsers)) {
    const items = isObj(at(sigi, 'ItemModule')) ? Object.values(at(sigi, 'ItemModule') as object) : [];
    for (const [name, user] of Object.entries(sigiUsers)) {
      out.push({ user, stats: at(sigi, `UserModule.stats.${name}`), statsV2: undefined, items, source: 'json: SIGI_STATE' });
    }
  }

  for (const p of capture.payloads) {
    // Scrapfly-style captures wrap the userInfo in a one-element list.
    const bodies = Array.isArray(p.body) ? p.body : [p.body];
    for (const body of bodies) {
      pushUserInfo(out, isObj(at(body, 'userInfo')) ? at(body, 'userInfo') : body, [], `payload: ${pathOf(p.url)}`);
      const list = arr(at(body, 'itemList'));
      if (list.length) out.push({ user: undefined, stats: undefined, statsV2: undefined, items: list, source: `payload: ${pathOf(p.url)}` });
      pushItemStruct(out, at(body, 'itemInfo.itemStruct'), `payload: ${pathOf(p.url)}`);
    }
  }
  return out;
}

function pushUserInfo(out: TikTokSource[], info: Json, items: Json[], source: string): void {
  if (!isObj(at(info, 'user')) || !str(at(info, 'user.uniqueId'))) return;
  out.push({ user: at(info, 'user'), stats: at(info, 'stats'), statsV2: at(info, 'statsV2'), items, source });
}

/** A video page names its creator in the item itself (author + authorStats). */
function pushItemStruct(out: TikTokSource[], struct: Json, source: string): void {
  if (!isObj(struct)) return;
  out.push({ user: at(struct, 'author'), stats: at(struct, 'authorStats'), statsV2: at(struct, 'authorStatsV2'), items: [struct], source });
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'https://www.tiktok.com').pathname;
  } catch {
    return url.slice(0, 80);
  }
}
