import { captureThisPage } from '@/lib/capture/page-capture';
import { listen } from '@/lib/messaging/client';
import { youtube } from '@/lib/platforms/entries/youtube';

// Reads the page only when asked; until then it costs nothing.
export default defineContentScript({
  matches: ['https://www.youtube.com/*'],
  main(ctx) {
    const stop = listen({ capture: () => captureThisPage(youtube, document, location.href, new Date()) });
    ctx.onInvalidated(stop);
  },
});
