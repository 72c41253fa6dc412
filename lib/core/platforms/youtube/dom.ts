import type { Post } from '../../model/snapshot';
import { readCount, type CountReading } from '../../parse/count-text';
import { newPost } from '../shared/draft';
import { relativeDate } from './dates';
import { YT_SELECTORS } from './selectors';
import { videoIdFromUrl } from './detect';

const D = YT_SELECTORS.dom;

export interface DomProfile {
  handle: string | null;
  displayName: string | null;
  subscribers: CountReading;
}

/**
 * The rendered channel header, for when no JSON was readable (scripts stripped, a saved
 * page); every value here is what the scout sees. Read only when needed: DOM queries cost.
 */
export function domProfile(doc: Document): DomProfile {
  const handleText = firstText(doc, D.handle);
  return {
    handle: handleText?.startsWith('@') ? handleText.slice(1) : null,
    displayName: firstText(doc, D.displayName),
    subscribers: readCount(firstText(doc, D.subscribers, /subscriber/i), 'en'),
  };
}

/** The player's "Includes paid promotion" overlay, as rendered. */
export function domPaidLabel(doc: Document): string | null {
  return firstText(doc, D.paidOverlay);
}

function firstText(root: ParentNode, selectors: readonly string[], must?: RegExp): string | null {
  for (const sel of selectors) {
    for (const el of Array.from(root.querySelectorAll(sel))) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (t && (!must || must.test(t))) return t;
    }
  }
  return null;
}

/** The rendered grid tiles (ytd-rich-item-renderer), in page order. */
export function domPosts(doc: Document, capturedAt: string): Post[] {
  const posts: Post[] = [];
  for (const item of Array.from(doc.querySelectorAll(D.gridItems.join(',')))) {
    const link = D.itemLink.map((s) => item.querySelector(s)).find((el) => el?.getAttribute('href'));
    const href = link?.getAttribute('href');
    if (!link || !href) continue;
    let url: URL;
    try {
      url = new URL(href, 'https://www.youtube.com');
    } catch {
      continue;
    }
    const id = videoIdFromUrl(url);
    if (!id) continue;
    const short = url.pathname.startsWith('/shorts/');
    const meta = D.itemMeta.flatMap((s) => Array.from(item.querySelectorAll(s))).map((el) => (el.textContent ?? '').trim());
    const views = readCount(meta.find((t) => /\bviews?\b/i.test(t)), 'en');
    const publishedText = meta.find((t) => /\bago\b/i.test(t)) ?? null;
    const when = relativeDate(publishedText, capturedAt);
    posts.push(newPost({
      id,
      url: short ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`,
      kind: short ? 'short' : 'video',
      views: views.value,
      publishedText,
      publishedAt: when?.at ?? null,
      publishedPrecision: when?.precision ?? null,
      caption: (link.getAttribute('title') ?? link.textContent ?? '').trim(),
      approximate: views.value !== null && !views.exact ? ['views'] : [],
    }));
  }
  return posts;
}
