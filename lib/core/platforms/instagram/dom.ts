import type { Post } from '../../model/snapshot';
import { readCount, type CountReading } from '../../parse/count-text';
import type { Candidate } from '../shared/draft';
import { newPost } from '../shared/draft';
import { IG_BASE } from './posts';
import { IG_HEADER, IG_HEADER_FLAGS, IG_PAID_LABEL, IG_POST_LABEL, IG_UNAVAILABLE } from './selectors';

export interface HeaderCandidates {
  followers: Candidate<number>[];
  following: Candidate<number>[];
  postsCount: Candidate<number>[];
}

/**
 * The counts printed in the profile header, for pages whose JSON never reached us.
 * They come last in every pick: the header rounds ("38.2K") where JSON is exact.
 */
export function headerCounts(doc: Document): HeaderCandidates {
  const locale = doc.documentElement.getAttribute('lang') ?? undefined;
  return {
    followers: [
      ...firstCount(doc, IG_HEADER.followersExact, (el) => el.getAttribute('title'), locale),
      ...firstCount(doc, IG_HEADER.followers, (el) => el.textContent, locale),
    ],
    following: firstCount(doc, IG_HEADER.following, (el) => el.textContent, locale),
    postsCount: firstCount(doc, IG_HEADER.posts, (el) => el.textContent, locale),
  };
}

/** The first element, over the alternatives in order, whose text reads as a count. */
function firstCount(
  doc: Document,
  selectors: readonly string[],
  text: (el: Element) => string | null,
  locale: string | undefined,
): Candidate<number>[] {
  for (const selector of selectors) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const reading: CountReading = readCount(text(el)?.trim(), locale);
      if (reading.value !== null) return [{ value: reading.value, source: `dom: ${selector}`, exact: reading.exact }];
    }
  }
  return [];
}

const POST_PATH = /\/(p|reel|tv)\/([\w-]+)\/?/;

/** Grid tiles give each post's id and kind, though no counts: enough to know what the creator posted. */
export function gridPosts(doc: Document): Post[] {
  const out = new Map<string, Post>();
  // One query over all alternatives keeps the grid's own order.
  for (const a of Array.from(doc.querySelectorAll(IG_HEADER.gridLinks.join(', ')))) {
    const m = POST_PATH.exec(a.getAttribute('href') ?? '');
    const code = m?.[2];
    if (!code || out.has(code)) continue;
    const reel = m[1] === 'reel';
    out.set(code, newPost({ id: code, url: `${IG_BASE}/${reel ? 'reel' : 'p'}/${code}/`, kind: reel ? 'reel' : null }));
  }
  return [...out.values()];
}

/** The badge and the private notice: present means yes; absent proves nothing (the header may not have loaded). */
export function headerFlags(doc: Document): { verified: boolean | null; isPrivate: boolean | null } {
  const verified = IG_HEADER_FLAGS.verified.some((s) => doc.querySelector(s) !== null);
  const isPrivate = IG_HEADER_FLAGS.privateNotice.some((s) =>
    Array.from(doc.querySelectorAll(s)).some((el) => IG_HEADER_FLAGS.privateText.test(el.textContent?.trim() ?? '')));
  return { verified: verified || null, isPrivate: isPrivate || null };
}

export interface PostLabel {
  label: string;
  brands: string[];
}

/** "Paid partnership with <a>brand</a>" as the open post shows it, brands from its links. */
export function postLabel(doc: Document): PostLabel | null {
  for (const selector of IG_POST_LABEL.candidates) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!label.startsWith(IG_PAID_LABEL) || label.length > 200) continue;
      const brands = Array.from(el.querySelectorAll(IG_POST_LABEL.brandLinks))
        .map((a) => (a.textContent ?? '').trim().toLowerCase())
        .filter((b) => b.length > 0);
      return { label, brands: [...new Set(brands)] };
    }
  }
  return null;
}

/** The handle the profile header prints, lower-cased, or null before the header has loaded. */
export function headerHandle(doc: Document): string | null {
  for (const selector of IG_HEADER.handle) {
    const text = doc.querySelector(selector)?.textContent?.trim().toLowerCase();
    if (text && /^[a-z0-9._]{1,30}$/.test(text)) return text;
  }
  return null;
}

/** Instagram's "Sorry, this page isn't available." page. */
export function looksUnavailable(doc: Document): boolean {
  if (IG_UNAVAILABLE.title.test(doc.title ?? '')) return true;
  return IG_UNAVAILABLE.candidates.some((s) => Array.from(doc.querySelectorAll(s)).some((el) => IG_UNAVAILABLE.text.test((el.textContent ?? '').trim())));
}
