import { at, str } from '../../parse/json-path';
import { queryParam, type TikTokBody } from './bodies';
import type { Collected, Match, ProfileBlock } from './collect';
import { handleFromUrl } from './detect';

/**
 * The bodies proven to be about the creator, so data in them that names no owner (a reduced item
 * without author) is theirs: a body that holds the creator's own profile block, and a response
 * fetched for them (its request names their secUid or uniqueId). The single-page app keeps
 * responses from earlier pages of the tab, and an endpoint's path alone says nothing about whose.
 */
export function provenBodies(bodies: readonly TikTokBody[], mine: readonly ProfileBlock[], handle: string): Set<number> {
  const out = new Set<number>();
  const secUids = new Set<string>();
  for (const p of mine) {
    if (!p.fromAuthor) out.add(p.body);
    const secUid = str(at(p.user, 'secUid'));
    if (secUid) secUids.add(secUid);
  }
  bodies.forEach((b, i) => {
    if (b.url === null) return;
    const secUid = queryParam(b.url, 'secUid');
    if ((secUid && secUids.has(secUid)) || queryParam(b.url, 'uniqueId')?.toLowerCase() === handle) out.add(i);
  });
  return out;
}

/** Whose page the served document is: its declared address, else the creator its own JSON or header shows. */
export type DocumentAbout = 'this' | 'other' | 'unknown';

export function documentAbout(doc: Document, handle: string, bodies: readonly TikTokBody[], found: Collected, header: string | null): DocumentAbout {
  for (const selector of ['link[rel="canonical"]', 'meta[property="og:url"]']) {
    const el = doc.querySelector(selector);
    const href = el?.getAttribute('href') ?? el?.getAttribute('content');
    let declared: string | null = null;
    try {
      declared = href ? handleFromUrl(new URL(href, 'https://www.tiktok.com')) : null;
    } catch {
      declared = null;
    }
    if (declared) return declared === handle ? 'this' : 'other';
  }
  const embeddedOther = found.profiles.some((p) => !p.fromAuthor && p.handle !== handle && bodies[p.body]?.url === null);
  return embeddedOther || (header !== null && header !== handle) ? 'other' : 'unknown';
}

/**
 * A non-zero status counts as "this account is unavailable" only when it is about a user (not one
 * video) and sits where it is about this creator: a response fetched for them, or the served
 * document when that document is theirs. A document that declares no address and shows no one
 * else counts too: that is how TikTok serves a banned account (the status with no user at all).
 */
export function unavailableStatus(statuses: readonly Match[], bodies: readonly TikTokBody[], proven: Set<number>, about: DocumentAbout): boolean {
  return statuses.some((m) => {
    if (/video|item/i.test(`${m.source} ${m.path}`)) return false;
    return proven.has(m.body) || (bodies[m.body]?.url === null && about !== 'other');
  });
}

/**
 * Another creator the page proves it still shows, when nothing proves the address's creator: a
 * profile block with counts under another handle (the served document's first), else the header.
 * None when the page names the address's creator too (a SIGI user whose counts are missing).
 */
export function otherShown(found: Collected, bodies: readonly TikTokBody[], handle: string | null, header: string | null): string | null {
  if (found.users.some((u) => str(u.value.uniqueId)?.toLowerCase() === handle)) return null;
  const others = found.profiles.filter((p) => !p.fromAuthor && p.handle !== handle);
  const other = others.find((p) => bodies[p.body]?.url === null) ?? others[0];
  if (other) return other.handle;
  return header !== null && header !== handle ? header : null;
}
