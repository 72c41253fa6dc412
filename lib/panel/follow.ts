import { platformFor } from '../core/platforms';

export type FollowDecision = 'ignore' | 'rescore' | 'left';

/** Address of a page without what does not change the creator or the content: query (but YouTube's ?v=), hash, trailing slash, case. */
export function pageKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const v = u.pathname === '/watch' ? `?v=${u.searchParams.get('v') ?? ''}` : '';
  return `${u.host}${u.pathname.replace(/\/+$/, '')}${v}`.toLowerCase();
}

/**
 * Pure: what the panel does when its tab's address changes. It rescores when the tab moved to
 * another creator page, keeps the scorecard (with a note) when the tab left for a page we cannot
 * read, and ignores other tabs and changes that keep the page (a hash, a tracking parameter).
 */
export function followDecision(panel: { tabId: number | null; url: string | null }, event: { tabId: number; url: string }): FollowDecision {
  if (panel.tabId !== event.tabId) return 'ignore';
  const next = pageKey(event.url);
  if (next === null || next === pageKey(panel.url ?? '')) return 'ignore';
  const platform = platformFor(event.url);
  return platform && platform.isCreatorPage(new URL(event.url)) ? 'rescore' : 'left';
}

/**
 * Coalesces a burst of address changes (SPAs push several while a profile loads) into one
 * rescore of the last address, `delayMs` after the burst ends.
 */
export function debounced<T>(delayMs: number, run: (value: T) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    push(value: T) {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        run(value);
      }, delayMs);
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
