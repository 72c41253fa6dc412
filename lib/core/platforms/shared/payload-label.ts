/**
 * How an observed response is named in a value's source: its host and path, never the query (which
 * can carry tokens). The host stays so a response from anywhere unexpected shows as such; a saved
 * file read by the CLI keeps its file name.
 */
export function payloadLabel(url: string): string {
  if (url.startsWith('file:')) return `/${url.slice('file:'.length).replace(/^\/+/, '')}`;
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url.slice(0, 80);
  }
}
