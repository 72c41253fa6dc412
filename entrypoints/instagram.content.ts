import { captureThisPage } from '@/lib/capture/page-capture';
import { listen } from '@/lib/messaging/client';
import { instagram } from '@/lib/platforms/entries/instagram';

// Reads the page only when asked; until then it costs nothing.
export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  main(ctx) {
    const stop = listen({ capture: () => captureThisPage(instagram, document, location.href, new Date()) });
    ctx.onInvalidated(stop);
  },
});
