// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { instagramAddress } from '@/lib/core/platforms/entries/instagram-address';
import { mountScoreButton } from '@/lib/page/score-button';
import { SCORE_BUTTON_TAG } from '@/lib/page/score-button-style';

// Finding under "the bridge" of the review (issue 13): the Score button's shadow root was open, so a
// page script could reach in, restyle it, rewrite what it says or read the result line.
describe('the on-page Score button', () => {
  it('lives in a closed shadow root the page cannot reach', () => {
    history.replaceState({}, '', '/wren.wears.again/');
    const ctx = { addEventListener: () => undefined, onInvalidated: () => undefined } as unknown as Parameters<typeof mountScoreButton>[0];
    mountScoreButton(ctx, instagramAddress);
    const host = document.querySelector(SCORE_BUTTON_TAG);
    expect(host).not.toBeNull();
    expect(host?.shadowRoot).toBeNull();
    expect(document.querySelector(`${SCORE_BUTTON_TAG} button`)).toBeNull();
  });
});
