export function isYouTubeHost(url: URL): boolean {
  return url.hostname === 'www.youtube.com' || url.hostname === 'youtube.com' || url.hostname === 'm.youtube.com';
}

export interface ChannelRef {
  handle: string | null;
  channelId: string | null;
  legacyName: string | null;
}

/** The channel a URL names: /@handle…, /channel/UC…, /c/name or /user/name; null elsewhere. */
export function channelFromUrl(url: URL): ChannelRef | null {
  const path = safeDecode(url.pathname);
  const at = /^\/@([^/]{1,100})(?:\/|$)/.exec(path);
  if (at?.[1]) return { handle: at[1], channelId: null, legacyName: null };
  const id = /^\/channel\/(UC[\w-]{22})(?:\/|$)/.exec(path);
  if (id?.[1]) return { handle: null, channelId: id[1], legacyName: null };
  const legacy = /^\/(?:c|user)\/([^/]{1,100})(?:\/|$)/.exec(path);
  if (legacy?.[1]) return { handle: null, channelId: null, legacyName: legacy[1] };
  return null;
}

/** The video a URL names: /watch?v=ID, /shorts/ID or /live/ID; null elsewhere. */
export function videoIdFromUrl(url: URL): string | null {
  const v = url.pathname === '/watch' ? url.searchParams.get('v') : /^\/(?:shorts|live)\/([\w-]{6,20})/.exec(url.pathname)?.[1];
  return v && /^[\w-]{6,20}$/.test(v) ? v : null;
}

// A malformed escape ("/@%E0%A4") must not throw out of a reader.
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
