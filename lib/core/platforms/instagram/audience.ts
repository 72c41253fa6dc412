import type { Post } from '../../model/snapshot';
import { bool, isObj, str, type Json } from '../../parse/json-path';

type Obj = Record<string, Json>;

/**
 * The file ids of Instagram's grey default picture inside `profile_pic_url`: the one served since
 * 2018, and the one before it (2015–2018, which old captures still carry with
 * `has_anonymous_profile_picture: true`). A CDN host or query around the id changes; the id does not.
 */
export const IG_DEFAULT_PIC_IDS: readonly string[] = ['44884218_345707102882519_2446069589734326272_n', '11906329_960233084022564_1448528159_a'];

const ID = /^[A-Za-z0-9_:-]{1,64}$/;

/**
 * A platform id, as a string. A number counts only when a double holds it exactly: old api
 * payloads send 17-digit comment pks as numbers, which JSON.parse has already rounded, and a
 * rounded id could tie a reply to someone else's thread.
 */
export function idOf(v: Json): string | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? String(v) : null;
  const s = str(v)?.trim();
  return s && ID.test(s) ? s : null;
}

/** A user's id in either shape: `id` (GraphQL), `pk` or `pk_id` (api/v1). */
export function userIdOf(user: Obj | null): string | null {
  return user ? idOf(user.pk_id) ?? idOf(user.pk) ?? idOf(user.id) : null;
}

/** The creator a post page is about: the post owner's handle and, when its owner block gives one, its id. */
export interface PostCreator {
  name: string | null;
  id: string | null;
}

/**
 * Whether a commenter is the creator: ids when both sides give one (a handle can change, an id
 * cannot), else handles. Null when the page names no creator to compare with.
 */
export function isCreator(name: string, id: string | null, creator: PostCreator): boolean | null {
  if (id && creator.id) return id === creator.id;
  if (creator.name) return name.toLowerCase() === creator.name.toLowerCase();
  return null;
}

const MAX_URL = 4_000;

/**
 * The commenter shows the default picture: its file id in `profile_pic_url`, or the api's own
 * `has_anonymous_profile_picture`. Any other picture URL is a chosen picture; no URL and no flag
 * is unknown.
 */
export function defaultAvatarOf(user: Obj | null): boolean | null {
  if (!user) return null;
  const pic = str(user.profile_pic_url)?.slice(0, MAX_URL) ?? null;
  if (pic && IG_DEFAULT_PIC_IDS.some((id) => pic.includes(id))) return true;
  const flag = bool(user.has_anonymous_profile_picture);
  if (flag !== null) return flag;
  return pic ? false : null;
}

const MAX_NAME = 200;
const MAX_ADDRESS = 5_000;
const COUNTRY = /^[A-Z]{2}$/;

/**
 * Where the creator tagged a post: the place's `name`, and its country from `address_json`
 * (GraphQL, a JSON text; some captures re-serialised it from Python, so a pattern reads it when
 * JSON cannot) or a `country_code` on the place itself. Blank codes ("" on most places) are unknown.
 */
export function locationOf(v: Json): Post['location'] {
  if (!isObj(v)) return null;
  const name = capped(str(v.name)?.slice(0, 4 * MAX_NAME).replace(/\s+/g, ' ').trim() ?? '') || null;
  const country = countryOf(v.country_code) ?? countryOf(addressCountry(v.address_json));
  return name || country ? { name, country } : null;
}

/** At most MAX_NAME UTF-16 units, never splitting an emoji in half. */
function capped(text: string): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > MAX_NAME) break;
    out += ch;
  }
  return out;
}

function countryOf(v: Json): string | null {
  const s = str(v)?.trim().toUpperCase() ?? '';
  return COUNTRY.test(s) ? s : null;
}

function addressCountry(v: Json): Json {
  if (isObj(v)) return v.country_code;
  const text = str(v);
  if (!text || text.length > MAX_ADDRESS) return null;
  try {
    const parsed: Json = JSON.parse(text);
    return isObj(parsed) ? parsed.country_code : null;
  } catch {
    return /"country_code"\s*:\s*"([A-Za-z]{2})"/.exec(text)?.[1] ?? null;
  }
}
