import { readAndSend } from '@/lib/page/page-capture';
import { listen } from '@/lib/messaging/client';
import { youtube } from '@/lib/core/platforms/entries/youtube';
import { mountScoreButton } from '@/lib/page/score-button';

// Reads the page only when asked (panel, on-page button or shortcut); until then it costs one small button.
export default defineContentScript({
  matches: ['https://www.youtube.com/*'],
  main(ctx) {
    const stop = listen({
      'read-page': async (request) => {
        readAndSend(youtube, request);
        return {};
      },
    });
    ctx.onInvalidated(stop);
    mountScoreButton(ctx, youtube);
  },
});
