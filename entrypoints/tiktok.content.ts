import { readAndSend } from '@/lib/page/page-capture';
import { listen } from '@/lib/messaging/client';
import { tiktok } from '@/lib/core/platforms/entries/tiktok';
import { mountScoreButton } from '@/lib/page/score-button';

// Reads the page only when asked (panel, on-page button or shortcut); until then it costs one small button.
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  main(ctx) {
    const stop = listen({
      'read-page': async (request) => {
        readAndSend(tiktok, request);
        return {};
      },
    });
    ctx.onInvalidated(stop);
    mountScoreButton(ctx, tiktok);
  },
});
