import type { Post } from '../../model/snapshot';
import { at, bool, epochToIso, int, isObj, str, type Json } from '../../parse/json-path';
import { newPost } from '../shared/draft';

/**
 * One video in any TikTok shape (item_list, __NEXT_DATA__ items, SIGI ItemModule, itemStruct).
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
  return newPost({
    id,
    url: `https://www.tiktok.com/@${handle}/video/${id}`,
    kind: isObj(at(item, 'imagePost')) ? 'carousel' : 'video',
    likes: count('diggCount', 'likes'),
    comments: count('commentCount', 'comments'),
    views: count('playCount', 'views'),
    shares: count('shareCount', 'shares'),
    publishedAt: epochToIso(at(item, 'createTime')),
    caption: str(at(item, 'desc')) ?? '',
    pinned: bool(at(item, 'isPinnedItem')),
    paidPartnership: bool(at(item, 'isAd')),
    approximate,
  });
}

/** The author of an item, wherever that shape keeps it. */
export function authorOfItem(item: Json): string | null {
  const author = at(item, 'author');
  return (typeof author === 'string' ? author : str(at(author, 'uniqueId')))?.toLowerCase() ?? null;
}

/** TikTok shows "84.9K" and stores 84900: a multiple of 100 above 10k is almost surely rounded. */
export function looksRounded(n: number): boolean {
  return n >= 10_000 && n % 100 === 0;
}
