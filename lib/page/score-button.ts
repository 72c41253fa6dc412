import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readThisPage } from './page-capture';
import { formatRate } from '../core/format/number';
import { sendFromPage } from './page-messages';
import type { ResponseOf } from '../messaging/protocol';
import type { PlatformAddress } from '../core/platforms/types';
import { SCORE_BUTTON_CSS, SCORE_BUTTON_TAG } from './score-button-style';

/**
 * The small "Score" button on profile pages. Plain DOM in a shadow root, so neither the site's
 * styles nor ours leak; it reads nothing until clicked. These sites are single-page apps, so it is
 * removed on every in-page navigation and put back only if the new address is a creator page.
 */
export function mountScoreButton(ctx: ContentScriptContext, platform: PlatformAddress): void {
  let unmount: (() => void) | null = null;
  const place = (url: URL) => {
    unmount?.();
    unmount = platform.isCreatorPage(url) ? renderButton(platform) : null;
  };
  place(new URL(location.href));
  ctx.addEventListener(window, 'wxt:locationchange', (event) => place(event.newUrl));
  ctx.onInvalidated(() => unmount?.());
}

function renderButton(platform: PlatformAddress): () => void {
  const host = document.createElement(SCORE_BUTTON_TAG);
  // Closed: page scripts cannot reach into the button, rewrite what it says, or read the result line.
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = SCORE_BUTTON_CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'score';
  button.textContent = 'Score';
  button.title = 'Score this creator with Microscope (Alt+Shift+S)';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'result';
  root.append(style, button, status);
  document.documentElement.append(host);
  // A reply that lands after navigation must not write into a button that is gone.
  let alive = true;
  button.addEventListener('click', (event) => {
    // Only the scout's own click counts: a page script calling button.click() must not drive the extension.
    if (!event.isTrusted) return;
    // Nor a click the page tricked out of the scout by hiding the button under its own decoy.
    if (disguised(host)) {
      show(status, 'The page has hidden or restyled Microscope\'s button, so this click was ignored. Score from the toolbar or with Alt+Shift+S.');
      return;
    }
    button.disabled = true;
    button.textContent = 'Scoring…';
    // The page reads itself and sends the result once; the background stores it, opens the panel and answers with a brief.
    readThisPage(platform)
      .then((outcome) => sendFromPage('score', { outcome, store: true, campaign: null, requestId: null, openPanel: true }))
      .then(
      (reply) => alive && show(status, describe(reply)),
      () => alive && show(status, 'Microscope could not reach this page. Reload it, then press Score again.'),
    ).finally(() => {
      if (!alive) return;
      button.disabled = false;
      button.textContent = 'Score again';
    });
  });
  return () => {
    alive = false;
    host.remove();
  };
}

/** The page restyled our host (outer styles beat :host): see-through, hidden, or moved off where we put it. */
function disguised(host: HTMLElement): boolean {
  const style = getComputedStyle(host);
  return Number(style.opacity) < 1 || style.visibility !== 'visible' || style.display === 'none' || style.position !== 'fixed' || style.filter !== 'none' || style.pointerEvents === 'none';
}

function show(status: HTMLElement, text: string): void {
  status.textContent = text;
  status.hidden = text === '';
}

/**
 * One line for the page; the panel holds the full scorecard. Page text goes in as text only. The
 * reply comes from our own background; it is checked by shape here rather than with zod, which the
 * content script does not load.
 */
export function describe(reply: ResponseOf<'score'> | undefined): string {
  if (!reply || typeof reply !== 'object' || !reply.outcome) return 'Microscope could not score this page. Reload it, then press Score again.';
  const { panelOpened, outcome } = reply;
  const hint = panelOpened ? '' : ' Open Microscope from the toolbar for the full scorecard.';
  if (!outcome.ok) return `${outcome.error.message}${hint}`;
  const b = outcome.value;
  // The page can read this line (it lives in the page's DOM), so it carries only what the page itself
  // shows; brand-specific judgements (overall score, flags) stay in the panel.
  return `${b.name}: ${b.tier ?? 'tier unknown'} · ${formatRate(b.engagementRate, b.engagementApproximate)} engagement.${hint}`;
}
