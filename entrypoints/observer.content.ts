import { serveEntries } from '@/lib/page/bridge';
import { installObserver } from '@/lib/page/observer';
import { isObservedUrl } from '@/lib/core/platforms/observed-urls';

// Page world, before the page's own scripts: copies the responses the page receives. Never requests.
export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://www.youtube.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    const observer = installObserver(window, { isObserved: (url) => isObservedUrl(location.host, url) });
    serveEntries(document, observer.entries);
  },
});
