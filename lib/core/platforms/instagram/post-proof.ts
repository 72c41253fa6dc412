import { str, type Json } from '../../parse/json-path';
import type { ShapeMatch } from '../../parse/json-walk';
import { postCodeFromUrl } from './detect';
import type { IgBody } from './bodies';
import type { IgKind } from './shapes';

type Match = ShapeMatch<IgKind>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A public shortcode is the media id in base 64: /api/v1/media/<id>/comments/ names the post by it. */
export function mediaIdOfCode(code: string): string | null {
  if (code.length > 11) return null;
  let id = 0n;
  for (const ch of code) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return null;
    id = id * 64n + BigInt(digit);
  }
  return id.toString();
}

const codeOf = (o: Record<string, Json>) => str(o.code) ?? str(o.shortcode);

/**
 * Which bodies are about the open post, for data that names no post (a comment list). A response
 * counts when its address names the post (its code or media id) or when it was handed over as a
 * saved file for this page (the CLI); the document counts when it declares this post (canonical,
 * og:url), or declares none and the first post it embeds (the page's own; related posts follow
 * it) is this one. The tab keeps earlier pages' responses, and the document may still be the
 * previous post's: anything else is not this post's.
 */
export function postProof(matches: readonly Match[], bodyOf: ReadonlyMap<Match, IgBody>, code: string, doc: Document): (m: Match) => boolean {
  const ids = new Set<string>([code]);
  const fromCode = mediaIdOfCode(code);
  if (fromCode) ids.add(fromCode);
  const embedded: string[] = [];
  for (const m of matches) {
    if (m.kind !== 'media') continue;
    const own = codeOf(m.value);
    if (own === code) {
      const pk = str(m.value.pk) ?? str(m.value.id)?.split('_')[0];
      if (pk && /^\d+$/.test(pk)) ids.add(pk);
    }
    // A carousel's children sit inside their post: only whole posts say what the document is about.
    if (bodyOf.get(m)?.url === null && own && m.parent?.kind !== 'media') embedded.push(own);
  }
  const declared = declaredPost(doc);
  const docIsPost = declared !== null ? declared === code : embedded[0] === code;
  return (m) => {
    const url = bodyOf.get(m)?.url;
    if (url === undefined) return false;
    if (url === null) return docIsPost;
    return url.startsWith('file:') || namesPost(url, ids);
  };
}

/** True when the address names the post: /api/v1/media/<id>/comments/, or `variables={"shortcode":"<code>"}`. */
function namesPost(url: string, ids: ReadonlySet<string>): boolean {
  let text = url.slice(0, 4000);
  try {
    text = decodeURIComponent(text);
  } catch {
    // A malformed escape: the raw address is read as it is.
  }
  return text.split(/[^A-Za-z0-9_-]+/).some((t) => ids.has(t) || ids.has(t.split('_')[0] ?? ''));
}

/** The post code the document declares for itself, '' when it declares a page that is no post, null when none. */
function declaredPost(doc: Document): string | null {
  for (const selector of ['link[rel="canonical"]', 'meta[property="og:url"]']) {
    const el = doc.querySelector(selector);
    const href = el?.getAttribute('href') ?? el?.getAttribute('content');
    if (!href) continue;
    try {
      return postCodeFromUrl(new URL(href, 'https://www.instagram.com/')) ?? '';
    } catch {
      continue;
    }
  }
  return null;
}
