import { arr, at, str, type Json } from '../../parse/json-path';

/** The words of a YouTube text object in any of its shapes: simpleText, runs[] or content. */
export function textOf(v: Json): string | null {
  if (typeof v === 'string') return v;
  const simple = str(at(v, 'simpleText')) ?? str(at(v, 'content'));
  if (simple !== null) return simple;
  const runs = arr(at(v, 'runs'));
  if (runs.length === 0) return null;
  return runs.map((r) => str(at(r, 'text')) ?? '').join('');
}

/**
 * YouTube wraps outside links as /redirect?…&q=<target>; the scout wants the target.
 * Other links pass through; anything that is not a URL is dropped.
 */
export function linkTarget(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, 'https://www.youtube.com');
    if (parsed.pathname === '/redirect') return parsed.searchParams.get('q');
    return parsed.href;
  } catch {
    return null;
  }
}

/** "/@MrBeast" or "http://www.youtube.com/@Dave2D" → "MrBeast"; display case kept. */
export function handleInPath(url: string | null): string | null {
  if (!url) return null;
  const m = /(?:^|\/)@([^/?#]{1,100})/.exec(url);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}
