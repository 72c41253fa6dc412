import { IG_RESERVED_PATHS } from './selectors';

const HANDLE = /^[A-Za-z0-9._]{1,30}$/;

export function isInstagramHost(url: URL): boolean {
  return url.hostname === 'www.instagram.com' || url.hostname === 'instagram.com';
}

/**
 * The handle in a profile URL (/handle/, /handle/reels/) or a story URL (/stories/handle/…),
 * or null for Instagram's own pages.
 */
export function handleFromUrl(url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean);
  // Story trays name their owner in the second segment; "highlights" is a tray id, not a person.
  const first = parts[0]?.toLowerCase() === 'stories' && parts[1] !== 'highlights' ? parts[1] : parts[0];
  if (!first || (parts[0]?.toLowerCase() !== 'stories' && IG_RESERVED_PATHS.has(first.toLowerCase())) || !HANDLE.test(first)) return null;
  return first.toLowerCase();
}

const POST_PATH = /^\/(?:[A-Za-z0-9._]{1,30}\/)?(?:p|reel|reels|tv)\/([\w-]+)/;

/** Post pages (/p/CODE/, /reel/CODE/, /handle/p/CODE/) name their creator only in the data, not the URL. */
export function isPostUrl(url: URL): boolean {
  return postCodeFromUrl(url) !== null;
}

export function postCodeFromUrl(url: URL): string | null {
  return POST_PATH.exec(url.pathname)?.[1] ?? null;
}
