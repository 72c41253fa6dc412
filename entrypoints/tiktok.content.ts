import { captureThisPage } from '@/lib/capture/page-capture';
import { listen } from '@/lib/messaging/client';
import { tiktok } from '@/lib/platforms/entries/tiktok';

// Reads the page only when asked; until then it costs nothing.
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  main(ctx) {
    const stop = listen({ capture: () => captureThisPage(tiktok, document, location.href, new Date()) });
    ctx.onInvalidated(stop);
  },
});
