import type { Platform } from '../types';

// The address a server-rendered page declares for itself; single-page apps may leave it behind.
const DECLARED = ['link[rel="canonical"]', 'meta[property="og:url"]'] as const;

/**
 * When the document still declares another page than the address bar names (the site changed the
 * address before it replaced the content), that other address; otherwise null. Keys are compared
 * only within one kind: /@handle and its /channel/UC… canonical name the same creator.
 */
export function staleDocument(platform: Platform, doc: Document, address: string): string | null {
  let want: string | null;
  try {
    want = platform.pageKey(new URL(address));
  } catch {
    return null;
  }
  if (!want) return null;
  const kind = want.slice(0, want.indexOf(':'));
  for (const selector of DECLARED) {
    const el = doc.querySelector(selector);
    const href = el?.getAttribute('href') ?? el?.getAttribute('content');
    if (!href) continue;
    let key: string | null;
    try {
      key = platform.pageKey(new URL(href, address));
    } catch {
      continue;
    }
    if (key && key.startsWith(`${kind}:`) && key !== want) return href;
  }
  return null;
}
