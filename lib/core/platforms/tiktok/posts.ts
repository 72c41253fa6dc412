import type { Post, PostKind } from '../../model/snapshot';
import { tagsIn } from '../../parse/hashtags';
import { arr, at, bool, epochToIso, int, isObj, str, type Json } from '../../parse/json-path';
import { newPost } from '../shared/draft';
import { countryCode } from './codes';
import { disclosureOf } from './labels';

/**
 * One post in any TikTok shape (item_list, __NEXT_DATA__ items, SIGI ItemModule,
 * itemStruct, and the reduced 2026 shape with `contents[]`).
 * statsV2 holds exact strings; stats holds ints that TikTok rounds for large values.
 */
export function postFromItem(item: Json, handle: string): Post | null {
  const id = str(at(item, 'id'));
  if (!id || !/^\d+$/.test(id)) return null;
  const approximate: string[] = [];
  const count = (name: string, field: string): number | null => {
    const exact = int(at(item, `statsV2.${name}`));
    if (exact !== null) return exact;
    const shown = int(at(item, `stats.${name}`));
    if (shown !== null && looksRounded(shown)) approximate.push(field);
    return shown;
  };
  const kind = kindOf(item);
  const parts = captionParts(item);
  const caption = str(at(item, 'desc')) || parts.map((p) => str(at(p, 'desc'))).find((d) => !!d) || '';
  const tags = structuredTags(item, parts);
  return newPost({
    id,
    url: `https://www.tiktok.com/@${handle}/${kind === 'video' ? 'video' : 'photo'}/${id}`,
    kind,
    likes: count('diggCount', 'likes'),
    comments: count('commentCount', 'comments'),
    views: count('playCount', 'views'),
    shares: count('shareCount', 'shares'),
    saves: count('collectCount', 'saves'),
    publishedAt: epochToIso(at(item, 'createTime')),
    caption,
    // TikTok's own tag lists know tags the caption hides (and skip "#1" in prose).
    hashtags: tags.hashtags.length ? tags.hashtags : tagsIn(caption, '#'),
    mentions: tags.mentions.length ? tags.mentions : tagsIn(caption, '@'),
    pinned: bool(at(item, 'isPinnedItem')),
    ...disclosureOf(item),
    approximate,
    location: locationOf(item),
  });
}

/**
 * Where the creator posted from: TikTok's `locationCreated` on the item ("GB"), a country code only.
 * Never the user's `language` or any locale the page carries: those describe the app or the viewer.
 */
function locationOf(item: Json): Post['location'] {
  const country = countryCode(at(item, 'locationCreated'));
  return country ? { country, name: null } : null;
}

/** Photo posts (2022–2026) carry imagePost; one image is a photo, more a carousel. */
function kindOf(item: Json): PostKind {
  const post = at(item, 'imagePost');
  if (!isObj(post)) return 'video';
  return arr(at(post, 'images')).length === 1 ? 'photo' : 'carousel';
}

/**
 * The reduced 2026 item keeps its caption and tags in a list of parts (`contents: [{desc, textExtra}]`).
 * Found by shape (a list of such parts, bare or in a one-key wrapper), not by that list's name.
 */
function captionParts(item: Json): Json[] {
  if (!isObj(item)) return [];
  for (const [key, value] of Object.entries(item)) {
    if (key === 'challenges' || key === 'textExtra') continue;
    const inner = isObj(value) && Object.keys(value).length === 1 ? Object.values(value)[0] : value;
    const list = arr(inner);
    if (list.some((p) => typeof at(p, 'desc') === 'string' || Array.isArray(at(p, 'textExtra')))) return list;
  }
  return [];
}

function structuredTags(item: Json, parts: Json[]): { hashtags: string[]; mentions: string[] } {
  const extras = [...arr(at(item, 'textExtra')), ...parts.flatMap((c) => arr(at(c, 'textExtra')))];
  const hashtags = new Set<string>();
  const mentions = new Set<string>();
  for (const e of extras) {
    const tag = str(at(e, 'hashtagName'));
    const user = str(at(e, 'userUniqueId'));
    if (tag) hashtags.add(tag.toLowerCase());
    if (user) mentions.add(user.toLowerCase());
  }
  for (const c of arr(at(item, 'challenges'))) {
    const title = str(at(c, 'title'));
    if (title) hashtags.add(title.toLowerCase());
  }
  return { hashtags: [...hashtags], mentions: [...mentions] };
}

/** The author of an item, wherever that shape keeps it (SIGI writes just the handle). */
export function authorOfItem(item: Json): string | null {
  const author = at(item, 'author');
  return (typeof author === 'string' ? author : str(at(author, 'uniqueId')))?.toLowerCase() ?? null;
}

/** TikTok shows "84.9K" and stores 84900: a multiple of 100 above 10k is almost surely rounded. */
export function looksRounded(n: number): boolean {
  return n >= 10_000 && n % 100 === 0;
}
