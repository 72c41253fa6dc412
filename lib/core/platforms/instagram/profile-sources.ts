import { readCount, type CountReading } from '../../parse/count-text';
import { arr, bool, int, isObj, str, type Json } from '../../parse/json-path';
import type { ShapeMatch } from '../../parse/json-walk';
import type { Candidate } from '../shared/draft';
import type { IgKind } from './shapes';
import { handleFromUrl, isInstagramHost, postCodeFromUrl } from './detect';
import { IG_SELECTORS } from './selectors';

type Obj = Record<string, Json>;

/** A user object about the creator, with where it sat: `json: data-sjs @ data.xig_user_by_username`. */
export interface UserSource {
  user: Obj;
  source: string;
}

export function sourceOf(m: ShapeMatch<IgKind>): string {
  return m.path ? `${m.source} @ ${m.path}` : m.source;
}

/** Every user-with-counts object of `handle`, in body order; the viewer and suggested accounts are left out. */
export function userSources(matches: readonly ShapeMatch<IgKind>[], handle: string | null): UserSource[] {
  if (!handle) return [];
  return matches
    .filter((m) => m.kind === 'user' && str(m.value.username)?.toLowerCase() === handle)
    .map((m) => ({ user: m.value, source: sourceOf(m) }));
}

const edgeCount = (v: Json) => (isObj(v) ? int(v.count) : null);

/** Each count in both shapes: api/v1 `follower_count`, GraphQL `edge_followed_by.count`. */
export function followersOf(u: Obj): number | null {
  return int(u.follower_count) ?? edgeCount(u.edge_followed_by);
}
export function followingOf(u: Obj): number | null {
  return int(u.following_count) ?? edgeCount(u.edge_follow);
}
export function postsCountOf(u: Obj): number | null {
  return int(u.media_count) ?? int(u.all_media_count) ?? edgeCount(u.edge_owner_to_timeline_media);
}

/** Links from the bio: the old single `external_url` and the 2023+ `bio_links` list. */
export function linksOf(users: readonly UserSource[]): string[] {
  const links = users.flatMap(({ user }) => [str(user.external_url), ...arr(user.bio_links).slice(0, 20).map((l) => str(isObj(l) ? l.url : null))]);
  return [...new Set(links.filter((l): l is string => !!l))];
}

/** Values of one field from each user object, each with its source, ready for one `pick`. */
export function fromUsers<T>(users: readonly UserSource[], get: (u: Obj) => T | null): Candidate<T>[] {
  return users.map((u) => ({ value: get(u.user), source: u.source }));
}

export const identity = {
  displayName: (u: Obj) => str(u.full_name),
  verified: (u: Obj) => bool(u.is_verified),
  isPrivate: (u: Obj) => bool(u.is_private),
  bio: (u: Obj) => str(u.biography),
  category: (u: Obj) => str(u.category_name) ?? str(u.category),
  // The contact button's address: public_email (web and api), business_email on older accounts. Blank is none.
  contactEmail: (u: Obj) => emailOf(str(u.public_email)) ?? emailOf(str(u.business_email)),
};

/** An address as the page gave it, if it is one; anything else (a blank, a phone number) is none. */
function emailOf(text: string | null): string | null {
  const t = text?.trim().toLowerCase() ?? '';
  return t.length <= 254 && /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(t) ? t : null;
}

export interface MetaReading {
  followers: CountReading;
  following: CountReading;
  posts: CountReading;
  displayName: string | null;
  handle: string | null;
}

// English is the only wording we rely on; other languages fall back to the JSON counts.
const META_COUNTS = /^\s*([^,]+?)\s+Followers,\s*([^,]+?)\s+Following,\s*([^-–]+?)\s+Posts/i;
const META_WHO = /from\s+(.*)\s+\(@([A-Za-z0-9._]+)\)/;
const TITLE_WHO = /^\s*(.*?)\s*\(@([A-Za-z0-9._]+)\)/;

/** The counts in the description meta tag: rounded above 10k ("46.3m Followers"). */
export function readMeta(doc: Document): MetaReading | null {
  for (const selector of IG_SELECTORS.metaDescription) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    const m = content ? META_COUNTS.exec(content) : null;
    if (!content || !m) continue;
    const who = META_WHO.exec(content);
    return {
      followers: readCount(m[1], 'en'),
      following: readCount(m[2], 'en'),
      posts: readCount(m[3], 'en'),
      displayName: who?.[1] ?? null,
      handle: who?.[2]?.toLowerCase() ?? null,
    };
  }
  return null;
}

/** "Name (@handle) • Instagram photos and videos": the title names whose page the document holds. */
export function readTitle(doc: Document): { handle: string; displayName: string | null } | null {
  const who = TITLE_WHO.exec(doc.title ?? '');
  if (!who?.[2]) return null;
  return { handle: who[2].toLowerCase(), displayName: who[1] || null };
}

/**
 * The schema.org ProfilePage some legacy pages embed, with an exact follower count. It counts only
 * when the JSON-LD around it names this creator and no other: a document the app has not yet
 * replaced still carries the previous profile's.
 */
export function jsonLdFollowers(matches: readonly ShapeMatch<IgKind>[], handle: string | null): Candidate<number> {
  const stat = handle ? matches.find((m) => m.kind === 'followStat' && ldOwner(m) === handle) : undefined;
  return { value: stat ? int(stat.value.userInteractionCount) : null, source: stat ? sourceOf(stat) : 'json: JSON-LD' };
}

/** The one handle the enclosing JSON-LD blocks name, or null when they name none or disagree. */
function ldOwner(m: ShapeMatch<IgKind>): string | null {
  const names = new Set<string>();
  for (let p = m.parent; p; p = p.parent) {
    if (p.kind !== 'ldProfile') continue;
    const o = p.value;
    const page = isObj(o.mainEntityofPage) ? o.mainEntityofPage['@id'] : isObj(o.mainEntityOfPage) ? o.mainEntityOfPage['@id'] : o.mainEntityofPage ?? o.mainEntityOfPage;
    const alt = str(o.alternateName);
    if (alt?.startsWith('@')) names.add(alt.slice(1).toLowerCase());
    for (const u of [o.url, o['@id'], page]) {
      const h = profileOfUrl(str(u));
      if (h) names.add(h);
    }
  }
  return names.size === 1 ? [...names][0] ?? null : null;
}

/** The handle of an instagram.com profile URL; another site's URL (the bio link) names no one. */
function profileOfUrl(u: string | null): string | null {
  if (!u || u.length > 300) return null;
  try {
    const url = new URL(u);
    return isInstagramHost(url) && !postCodeFromUrl(url) ? handleFromUrl(url) : null;
  } catch {
    return null;
  }
}

export function looksLoggedOut(doc: Document): boolean {
  return IG_SELECTORS.loginForm.some((s) => doc.querySelector(s) !== null);
}
