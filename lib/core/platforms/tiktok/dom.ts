import type { Post } from '../../model/snapshot';
import { readCount } from '../../parse/count-text';
import type { Candidate } from '../shared/draft';
import { newPost } from '../shared/draft';
import { postIdFromPath } from './detect';
import { TT_DOM } from './selectors';

/** The first non-empty text among the alternatives, with the selector that held it. */
function firstText(root: ParentNode, selectors: readonly string[]): { text: string; selector: string } | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el === null) continue;
    const text = (el.textContent ?? '').trim();
    if (text !== '') return { text, selector };
  }
  return null;
}

/** A header count as a candidate that never outranks JSON: the page shows "56.2K". */
export function domCount(doc: Document, selectors: readonly string[]): Candidate<number> {
  const hit = firstText(doc, selectors);
  if (!hit) return { value: null, source: 'dom' };
  const { value, exact } = readCount(hit.text);
  return { value, exact, source: `dom: ${hit.selector} "${hit.text}"` };
}

/** What the header prints where a bio would be when there is none (English UI). */
const PLACEHOLDERS = new Set(['No bio yet.', 'No bio yet']);

export function domText(doc: Document, selectors: readonly string[]): Candidate<string> {
  const found = firstText(doc, selectors);
  const hit = found && !PLACEHOLDERS.has(found.text) ? found : null;
  return { value: hit?.text ?? null, source: hit ? `dom: ${hit.selector}` : 'dom' };
}

/**
 * Tiles of the Videos grid: id, link and the rounded play count. Tiles that link to
 * another creator (a repost) are not this creator's posts.
 */
export function domPosts(doc: Document, handle: string): Post[] {
  const tiles = TT_DOM.postItem.map((s) => Array.from(doc.querySelectorAll(s))).find((list) => list.length > 0) ?? [];
  const posts: Post[] = [];
  for (const tile of tiles) {
    const link = TT_DOM.postLink.map((s) => tile.querySelector(s)).find((el) => el !== null);
    if (!link) continue;
    const href = link.getAttribute('href') ?? '';
    const id = postIdFromPath(href);
    // A tile must name the creator in its link: a repost, or the last creator's grid left behind
    // by a single-page navigation, links to someone else.
    const owner = /\/@([A-Za-z0-9._]+)\//.exec(href)?.[1]?.toLowerCase();
    if (!id || owner !== handle) continue;
    const views = readCount(firstText(tile, TT_DOM.postViews)?.text);
    const photo = href.includes('/photo/');
    posts.push(newPost({
      id,
      url: `https://www.tiktok.com/@${handle}/${photo ? 'photo' : 'video'}/${id}`,
      // A grid tile does not say how many images a photo post holds.
      kind: photo ? null : 'video',
      views: views.value,
      approximate: views.value !== null && !views.exact ? ['views'] : [],
    }));
  }
  return posts;
}
