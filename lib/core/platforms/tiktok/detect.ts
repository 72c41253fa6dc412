export function isTikTokHost(url: URL): boolean {
  return url.hostname === 'www.tiktok.com' || url.hostname === 'tiktok.com';
}

/** The handle in /@handle or /@handle/video/ID, or null for TikTok's own pages. */
export function handleFromUrl(url: URL): string | null {
  const m = /^\/@([A-Za-z0-9._]{1,24})(?:\/|$)/.exec(url.pathname);
  return m?.[1]?.toLowerCase() ?? null;
}

/** The post id in /@handle/video/ID or /@handle/photo/ID, or null on a profile. */
export function postIdFromPath(path: string): string | null {
  const m = /\/(?:video|photo)\/(\d{6,25})(?:[/?#]|$)/.exec(path);
  return m?.[1] ?? null;
}
