import type { PageCapture } from '../../model/capture';
import { scriptAssignment } from '../../parse/embedded-json';
import { at, int, isObj, str, type Json } from '../../parse/json-path';
import { readCount, type CountReading } from '../../parse/count-text';
import { IG_SELECTORS } from './selectors';

/** A user object in one of Instagram's shapes, with where it came from. */
export interface UserSource {
  user: Record<string, Json>;
  shape: 'graph' | 'api';
  source: string;
}

/** Every user object the page holds: embedded legacy JSON first, then observed responses. */
export function userSources(capture: PageCapture): UserSource[] {
  const out: UserSource[] = [];
  const shared = scriptAssignment(capture.doc, IG_SELECTORS.sharedDataMarker);
  const sharedUser = at(shared, 'entry_data.ProfilePage.0.graphql.user');
  if (isObj(sharedUser)) out.push({ user: sharedUser, shape: 'graph', source: 'json: window._sharedData' });
  for (const p of capture.payloads) {
    const graphUser = at(p.body, 'data.user') ?? at(p.body, 'graphql.user');
    if (isObj(graphUser) && isObj(graphUser.edge_followed_by)) {
      out.push({ user: graphUser, shape: 'graph', source: `payload: ${endpointName(p.url)}` });
    }
    const apiUser = at(p.body, 'user');
    if (isObj(apiUser) && 'follower_count' in apiUser) {
      out.push({ user: apiUser, shape: 'api', source: `payload: ${endpointName(p.url)}` });
    }
    const owner = at(p.body, 'graphql.shortcode_media.owner');
    if (isObj(owner) && isObj(owner.edge_followed_by)) {
      out.push({ user: owner, shape: 'graph', source: `payload: ${endpointName(p.url)} (post owner)` });
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

function endpointName(url: string): string {
  try {
    return new URL(url, 'https://www.instagram.com').pathname;
  } catch {
    return url.slice(0, 80);
  }
}
