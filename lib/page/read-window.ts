import type { PlatformAddress } from '../core/platforms/types';
import type { ReadStop } from '../messaging/protocol';
import { captureThisPage } from './page-capture';
import { onReadWindowRequest, sendFromPage, type ReadWindowRequest } from './page-messages';
import { loadReader } from './reader-loader';
import type { PageOutcome } from './reader-registry';
import type { Post } from '../core/model/snapshot';
import { advanced, keepPosts, PACE, stopReason, tallyOf, windowStart, withinWindow, withKept, type Tally } from './read-window-rules';

/** What the loop touches of the page and the clock: injected, so the rules run in tests without a browser. */
export interface ReadWindowDeps {
  /** Scrolls about one screen down, as a wheel or Page Down would; the page's own script loads what follows. */
  scrollDown(): void;
  position(): number;
  restore(y: number): void;
  /** The page's address now: the read stops if the scout navigates away meanwhile. */
  address(): string;
  read(): Promise<PageOutcome>;
  wait(ms: number): Promise<void>;
  now(): Date;
  progress(tally: Tally, done: boolean, reason?: ReadStop): void;
}

export interface ReadWindowResult {
  outcome: PageOutcome;
  reason: ReadStop;
  tally: Tally;
}

/**
 * Scrolls the creator's grid one screen at a time, at a person's pace, so that the page itself
 * loads more posts (the observer copies its responses as it always does). After each scroll it
 * reads the page to count posts and find the oldest date, and reports. It stops at the window,
 * when the page stops loading, or on Stop; then it scrolls back to where the page was and reads
 * once more. It sends no request and clicks nothing: scrolling is all it does to the page.
 */
export async function readWindow(days: number, stopped: () => boolean, deps: ReadWindowDeps): Promise<ReadWindowResult> {
  const began = deps.now().getTime();
  const since = windowStart(days, deps.now());
  const start = { y: deps.position(), address: deps.address() };
  // Every post a step read: the observer keeps only its newest responses, so the final read alone could hold fewer.
  const kept = new Map<string, Post>();
  const readAndKeep = async () => {
    const outcome = await deps.read();
    keepPosts(kept, outcome);
    return tallyOf(withKept(outcome, kept));
  };
  let tally: Tally = { posts: 0, oldest: null };
  let reason: ReadStop | null = null;
  try {
    tally = await readAndKeep();
    deps.progress(tally, false);
    let idle = 0;
    let steps = 0;
    reason = stopReason({ tally, since, idle, steps, stopped: stopped(), moved: false, elapsedMs: 0 });
    while (reason === null) {
      deps.scrollDown();
      steps++;
      await deps.wait(PACE.stepMs);
      const next = await readAndKeep();
      idle = advanced(tally, next) ? 0 : idle + 1;
      tally = { posts: Math.max(tally.posts, next.posts), oldest: older(tally.oldest, next.oldest) };
      reason = stopReason({ tally, since, idle, steps, stopped: stopped(), moved: deps.address() !== start.address, elapsedMs: deps.now().getTime() - began });
      if (reason === null) deps.progress(tally, false);
    }
  } finally {
    // Put the page back where it was, also when a read broke, but never scroll a page the scout has moved to.
    if (deps.address() === start.address) deps.restore(start.y);
  }
  deps.progress(tally, true, reason);
  if (reason === 'left') return { outcome: LEFT, reason, tally };
  await deps.wait(PACE.settleMs);
  return { outcome: withinWindow(withKept(await deps.read(), kept), since), reason, tally };
}

/** The scout moved to another page mid-read: nothing of it is scored or stored under the old address. */
const LEFT: PageOutcome = { ok: false, error: { reason: 'still-loading', missing: [], message: 'The page moved to another address during the read, so nothing was stored. Open the profile again and read again.' } };

function older(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) < Date.parse(a) ? b : a;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The content script's side: one read at a time per tab; Stop ends the read it names. */
export function onReadWindow(platform: PlatformAddress): () => void {
  let running: { requestId: string; stop: boolean } | null = null;
  const start = (request: ReadWindowRequest) => {
    if (running) return;
    const run = { requestId: request.requestId, stop: false };
    running = run;
    const url = location.href;
    const deps: ReadWindowDeps = {
      scrollDown: () => window.scrollBy({ top: Math.round(window.innerHeight * 0.9), behavior: 'instant' }),
      position: () => window.scrollY,
      restore: (y) => window.scrollTo({ top: y, behavior: 'instant' }),
      address: () => location.href,
      read: async () => captureThisPage(await loadReader(platform.id), document, url, () => new Date()),
      wait: sleep,
      now: () => new Date(),
      progress: (tally, done, reason) => void sendFromPage('read-progress', { requestId: run.requestId, posts: tally.posts, oldest: tally.oldest, done, ...(reason ? { reason } : {}) }).catch(() => undefined),
    };
    void readWindow(request.days, () => run.stop, deps)
      .then(({ outcome }) => outcome, (err: unknown) => failed(err))
      .then((outcome) => sendFromPage('score', { outcome, store: true, campaign: request.campaign ?? null, requestId: run.requestId }))
      .catch(() => undefined)
      .finally(() => { running = null; });
  };
  return onReadWindowRequest(start, (requestId) => {
    if (running?.requestId === requestId) running.stop = true;
  });
}

/** A read that broke (the reader would not load) still answers the panel, in words the scout can act on. */
function failed(err: unknown): PageOutcome {
  return { ok: false, error: { reason: 'reload-needed', missing: [], message: `Microscope could not read this page's posts (${(err as Error).message}). Reload the page, then try again.` } };
}
