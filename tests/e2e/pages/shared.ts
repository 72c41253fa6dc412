import type { Sample } from '../samples';

/**
 * What the Chromium page objects (Playwright) and the Firefox ones (puppeteer over WebDriver BiDi)
 * both look for: the panel's, dashboard's and options' test ids and names, and what a sample's
 * panel must show. The drivers differ, so the classes are not shared; the selectors and the
 * expected values are, so the two browsers are held to one reading of the same pages.
 */

/** The scorecard's text fields, by test id. */
export const CARD_IDS = ['display-name', 'tier', 'followers', 'engagement', 'posts-count', 'bio', 'posts', 'error'];
/** The panel is settled when either shows. */
export const SETTLED = '[aria-label="Scorecard"], [data-testid="error"]';
/** The footer's one-click add; its accessible name starts with "Add to". */
export const ADD_TO = '[data-testid="add-to-shortlist"]';
export const ADD_TO_NAME = /^Add to/;
/** The dashboard's File menu and its export item. */
export const FILE_MENU = '[data-testid="file-menu"]';
export const EXPORT_CSV = '[data-testid="export-csv"]';
export const DASHBOARD_READY = '[data-testid="shortlist"], [data-testid="empty"]';
export const DASHBOARD_ROWS = '[data-testid="shortlist"] tbody tr';

const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);

/** What the panel must show for a readable sample (the same rules as tests/e2e/flow.e2e.test.ts). */
export function expectedCard(s: Sample): { followers: string; engagement: RegExp; approximateEngagement: boolean; tiers: string[] } {
  const followers = s.expect.followers as number | { approx: number };
  return {
    followers: typeof followers === 'number' ? fmt(followers) : `≈${fmt(followers.approx)}`,
    // A private account shows no posts: engagement is unknown, never 0.
    engagement: s.expect.isPrivate ? /^unknown$/ : /^≈?\d+\.\d\d%$/,
    // A rate computed from rounded counts (YouTube subscribers) says so.
    approximateEngagement: typeof followers === 'object' && s.platform === 'youtube',
    tiers: ['nano', 'micro', 'macro', 'mega'],
  };
}

/** The followers number a sample's CSV row must carry. */
export function expectedFollowers(s: Sample): number {
  const followers = s.expect.followers as number | { approx: number };
  return typeof followers === 'number' ? followers : followers.approx;
}

/** Flags each sample earns with the demo brand that do not depend on the day the test runs. */
export const STABLE_FLAGS: Record<string, string[]> = {
  'ig-current': ['competitor-mention'],
  'ig-legacy': ['undisclosed-sponsorship'],
  'tt-current': ['buried-disclosure', 'value-fit-fail'],
  'tt-legacy': ['ambiguous-disclosure', 'competitor-mention'],
  'yt-legacy': ['engagement-high'],
};

/** How long RESCORE_TIMER waits for the new scorecard before it gives up (rejects). */
export const RESCORE_TIMEOUT_MS = 20_000;

/**
 * Milliseconds from clicking "Score" in the panel to the next frame after the new scorecard is in
 * the DOM, measured inside the panel so the driver's round trips do not count; the same script in
 * both browsers, so their numbers compare. Rejects when no new scorecard is there within
 * RESCORE_TIMEOUT_MS (a timer, so a page that stops painting cannot hang it). A string, not a
 * function: tsx (the demo's runner) names inner functions with a helper the page lacks.
 */
export const RESCORE_TIMER = `(async () => {
  const main = document.querySelector('main');
  const button = document.querySelector('[data-testid="score-again"]');
  if (!main || !button) return Number.NaN;
  const before = Number(main.getAttribute('data-reads'));
  const t0 = performance.now();
  button.click();
  await new Promise((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      reject(new Error('No new scorecard ${RESCORE_TIMEOUT_MS / 1000} s after clicking Score (data-status: ' + main.getAttribute('data-status') + ').'));
    }, ${RESCORE_TIMEOUT_MS});
    (function check() {
      if (done) return;
      if (Number(main.getAttribute('data-reads')) > before && main.getAttribute('data-status') === 'ready') {
        done = true;
        clearTimeout(timer);
        requestAnimationFrame(() => resolve());
      } else requestAnimationFrame(check);
    })();
  });
  return performance.now() - t0;
})()`;

/** Every creator and visit in the extension's database, read straight from IndexedDB by an extension page. */
export const STORED = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('microscope');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const all = (name) => new Promise((resolve, reject) => {
    const req = db.transaction(name).objectStore(name).getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const creators = (await all('creators')).map((c) => ({ id: c.id, followers: c.followers }));
  const visits = (await all('snapshots')).map((v) => ({ creatorId: v.creatorId, followers: v.snapshot.followers }));
  db.close();
  return { creators, visits };
})()`;

export interface Stored { creators: { id: string; followers: number | null }[]; visits: { creatorId: string; followers: number | null }[] }
