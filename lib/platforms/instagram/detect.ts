import { IG_RESERVED_PATHS } from './selectors';

const HANDLE = /^[A-Za-z0-9._]{1,30}$/;

export function isInstagramHost(url: URL): boolean {
  return url.hostname === 'www.instagram.com' || url.hostname === 'instagram.com';
}

/** The handle in a profile URL (/handle/ or /handle/reels/), or null for Instagram's own pages. */
export function handleFromUrl(url: URL): string | null {
  const first = url.pathname.split('/').filter(Boolean)[0];
  if (!first || IG_RESERVED_PATHS.has(first.toLowerCase()) || !HANDLE.test(first)) return null;
  return first.toLowerCase();
}

/** Post pages (/p/CODE/, /reel/CODE/) name their creator only in the data, not the URL. */
export function isPostUrl(url: URL): boolean {
  return /^\/(p|reel|tv)\/[\w-]+/.test(url.pathname);
}
