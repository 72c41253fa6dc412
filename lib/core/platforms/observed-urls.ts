import { IG_PAYLOAD_PATHS } from './instagram/selectors';
import { TT_PAYLOAD_PATHS } from './tiktok/selectors';
import { YT_PAYLOAD_PATHS } from './youtube/selectors';

/**
 * The only responses the page-world observer copies. Kept apart from the readers
 * so the observer bundle stays tiny (it runs on every page load).
 */
const PATTERNS: Record<string, readonly RegExp[]> = {
  'www.instagram.com': IG_PAYLOAD_PATHS,
  'www.tiktok.com': TT_PAYLOAD_PATHS,
  'www.youtube.com': YT_PAYLOAD_PATHS,
};

export function isObservedUrl(pageHost: string, requestUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(requestUrl, `https://${pageHost}`);
  } catch {
    return false;
  }
  if (url.hostname !== pageHost) return false;
  return (PATTERNS[pageHost] ?? []).some((re) => re.test(url.pathname));
}
