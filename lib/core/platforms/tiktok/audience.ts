import { at, isObj, str, type Json } from '../../parse/json-path';

/** Who posted the video, as its item names them: any of the ids TikTok gives a user. */
export interface CreatorIds {
  uid: string | null;
  handle: string | null;
  secUid: string | null;
}

/** A platform id (cid, uid, reply_id), as a string; null for TikTok's "0" (none) and anything not an id. Capped: the page is hostile. */
export function idOf(v: Json): string | null {
  const s = typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? String(v) : v;
  return typeof s === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(s) && s !== '0' ? s : null;
}

/** The video's author from its item: `author` as a user object, or just the handle (SIGI). */
export function creatorIdsOf(item: Json): CreatorIds | null {
  const author = at(item, 'author');
  if (typeof author === 'string') return author ? { uid: null, handle: author.toLowerCase(), secUid: null } : null;
  if (!isObj(author)) return null;
  const ids = { uid: idOf(author.id), handle: str(author.uniqueId)?.toLowerCase() || null, secUid: str(author.secUid) || null };
  return ids.uid || ids.handle || ids.secUid ? ids : null;
}

/**
 * Whether a comment's author is the video's author, by the strongest id both sides carry: the uid
 * (never changes), then the secUid, then the handle (a creator may rename; the reduced comment keeps
 * only `unique_id`). Null when no id can be compared, so an unknown creator or a comment without a
 * user never reads as "not the creator".
 */
export function byCreator(c: Record<string, Json>, creator: CreatorIds | null): boolean | null {
  if (!creator) return null;
  const user = isObj(c.user) ? c.user : {};
  const pairs: [string | null, string | null][] = [
    [idOf(user.uid) ?? idOf(user.id), creator.uid],
    [str(user.sec_uid) || str(user.secUid) || null, creator.secUid],
    [(str(user.unique_id) || str(user.uniqueId) || str(c.unique_id))?.toLowerCase() || null, creator.handle],
  ];
  const strongest = pairs.find(([a, b]) => a !== null && b !== null);
  return strongest ? strongest[0] === strongest[1] : null;
}

/**
 * TikTok's default picture: every account without a photo of its own shows this one image
 * (`musically-maliva-obj/1594805258216454`, the same object on every CDN host and size).
 */
const DEFAULT_AVATAR = /(?:^|\/)musically-maliva-obj\/1594805258216454(?![0-9])/;
/** An avatar image: TikTok keeps them in `…-avt-…` buckets, or the old musically bucket of the default. */
const AVATAR = /(?:^|\/)(?:tos-[a-z0-9-]*avt[a-z0-9-]*|musically-maliva-obj)\/[A-Za-z0-9_-]{6,}/;
/** Free text a commenter writes: never evidence of a picture. */
const FREE_TEXT = new Set(['nickname', 'signature', 'unique_id', 'uniqueId', 'text']);

/**
 * Whether the commenter shows TikTok's default picture, read from the comment's `user` object by
 * the shape of its image addresses (`avatar_thumb.uri`, `url_list`, `avatarThumb`, however a layout
 * names them). True for the default image, false for another avatar, null when the user object
 * holds no avatar at all (the reduced comment shape, or a layout that drops pictures).
 */
export function defaultAvatar(c: Record<string, Json>): boolean | null {
  const user = c.user;
  if (!isObj(user)) return null;
  let seen = false;
  const stack: { v: Json; depth: number }[] = [{ v: user, depth: 0 }];
  for (let nodes = 0; stack.length > 0 && nodes < 300; nodes++) {
    const { v, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > 2000) continue;
      if (DEFAULT_AVATAR.test(v)) return true;
      if (AVATAR.test(v)) seen = true;
    } else if (depth < 5 && Array.isArray(v)) {
      for (const x of v.slice(0, 20)) stack.push({ v: x, depth: depth + 1 });
    } else if (depth < 5 && isObj(v)) {
      for (const [k, x] of Object.entries(v)) if (!FREE_TEXT.has(k)) stack.push({ v: x, depth: depth + 1 });
    }
  }
  return seen ? false : null;
}
