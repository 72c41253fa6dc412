import { readAndSend } from '@/lib/page/page-capture';
import { onReadRequest } from '@/lib/page/page-messages';
import { tiktokAddress } from '@/lib/core/platforms/entries/tiktok-address';
import { mountScoreButton } from '@/lib/page/score-button';
import { onReadWindow } from '@/lib/page/read-window';

// Small on every page (listener, bridge, button); the reader loads only when the scout asks (panel, button or shortcut).
export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  main(ctx) {
    const stop = onReadRequest((request) => readAndSend(tiktokAddress, request));
    ctx.onInvalidated(stop);
    ctx.onInvalidated(onReadWindow(tiktokAddress));
    mountScoreButton(ctx, tiktokAddress);
  },
});
