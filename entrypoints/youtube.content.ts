import { readAndSend } from '@/lib/page/page-capture';
import { onReadRequest } from '@/lib/page/page-messages';
import { youtubeAddress } from '@/lib/core/platforms/entries/youtube-address';
import { mountScoreButton } from '@/lib/page/score-button';
import { onReadWindow } from '@/lib/page/read-window';

// Small on every page (listener, bridge, button); the reader loads only when the scout asks (panel, button or shortcut).
export default defineContentScript({
  matches: ['https://www.youtube.com/*'],
  main(ctx) {
    const stop = onReadRequest((request) => readAndSend(youtubeAddress, request));
    ctx.onInvalidated(stop);
    ctx.onInvalidated(onReadWindow(youtubeAddress));
    mountScoreButton(ctx, youtubeAddress);
  },
});
