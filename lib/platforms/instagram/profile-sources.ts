import { at, int, isObj, str, type Json } from '../../parse/json-path';
import { readCount, type CountReading } from '../../parse/count-text';
import { itemsOf, type Body } from './bodies';
import { IG_API_MEDIA_LISTS, IG_SELECTORS } from './selectors';

/** A user object in one of Instagram's shapes, with where it came from. */
export interface UserSource {
  user: Record<string, Json>;
  shape: 'graph' | 'api';
  source: string;
  /** The owner block of the open post: names the creator of a /p/ page. */
  ownsPost?: boolean;
}

/**
 * Every user object the page holds, in body order: profile objects, and the owner block
 * of an open post (which names the creator but often lacks the counts).
 */
export function userSources(bodies: Body[], postCode: string | null): UserSource[] {
  const out: UserSource[] = [];
  for (const { body, source } of bodies) {
    for (const path of ['data.user', 'graphql.user']) {
      const u = at(body, path);
      if (isObj(u) && isObj(u.edge_followed_by)) out.push({ user: u, shape: 'graph', source });
      // PolarisProfilePageContentQuery (2023–2026) returns the api shape under data.user.
      else if (isObj(u) && 'follower_count' in u) out.push({ user: u, shape: 'api', source });
    }
    const apiUser = at(body, 'user');
    if (isObj(apiUser) && 'follower_count' in apiUser) out.push({ user: apiUser, shape: 'api', source });
    const owner = at(body, 'graphql.shortcode_media.owner');
    const ownsOpenPost = str(at(body, 'graphql.shortcode_media.shortcode')) === postCode;
    if (isObj(owner) && (isObj(owner.edge_followed_by) || ownsOpenPost)) {
      out.push({ user: owner, shape: 'graph', source: `${source} (post owner)`, ownsPost: ownsOpenPost });
    }
    if (postCode === null) continue;
    for (const media of IG_API_MEDIA_LISTS.flatMap((l) => itemsOf(body, l))) {
      const user = at(media, 'user');
      if (str(at(media, 'code')) === postCode && isObj(user)) out.push({ user, shape: 'api', source: `${source} (post owner)`, ownsPost: true });
    }
  }
  return out;
}

export function usernameOf(u: UserSource): string | null {
  return str(u.user.username)?.toLowerCase() ?? null;
}

export function followersOf(u: UserSource): number | null {
  return u.shape === 'graph' ? int(at(u.user, 'edge_followed_by.count')) : int(u.user.follower_count);
}
export function followingOf(u: UserSource): number | null {
  return u.shape === 'graph' ? int(at(u.user, 'edge_follow.count')) : int(u.user.following_count);
}
export function postsCountOf(u: UserSource): number | null {
  return u.shape === 'graph' ? int(at(u.user, 'edge_owner_to_timeline_media.count')) : int(u.user.media_count);
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

/** The schema.org ProfilePage some legacy pages embed, with an exact follower count. */
export function jsonLdFollowers(doc: Document): number | null {
  for (const el of Array.from(doc.querySelectorAll(IG_SELECTORS.jsonLd))) {
    try {
      const data: Json = JSON.parse(el.textContent ?? '');
      const stat = at(data, 'mainEntityofPage.interactionStatistic');
      const count = int(at(stat, 'userInteractionCount'));
      if (count !== null) return count;
    } catch {
      // A broken JSON-LD block is not an error: other sources remain.
    }
  }
  return null;
}

export function looksLoggedOut(doc: Document): boolean {
  return IG_SELECTORS.loginForm.some((s) => doc.querySelector(s) !== null);
}
