import { describe, expect, it } from 'vitest';
import { readWindow, type ReadWindowDeps } from '@/lib/page/read-window';
import { PACE, stopReason, tallyOf, windowStart } from '@/lib/page/read-window-rules';
import type { PageOutcome } from '@/lib/page/reader-registry';
import { daysBack, endText, progressText, readingView } from '@/lib/panel/read-window-text';
import { makePost, makeSnapshot } from '../../helpers/snapshots';

const NOW = new Date('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const since = windowStart(60, NOW);

/** A page whose grid holds a post every two days, `loaded` of them so far, after an old pinned one. */
function page(loaded: number): PageOutcome {
  const posts = [makePost({ id: 'pinned', pinned: true, publishedAt: ago(400) }), ...Array.from({ length: loaded }, (_, i) => makePost({ id: `p${i}`, pinned: false, publishedAt: ago(1 + 2 * i) }))];
  return { ok: true, value: makeSnapshot({ posts }) };
}

/** A page that loads `perScroll` more posts after each scroll, up to `total`; the clock and the scrolling are ours. */
function fakePage(perScroll: number, total: number, over: Partial<ReadWindowDeps> = {}) {
  let y = 300;
  let loaded = Math.min(12, total);
  const log = { scrolls: 0, waits: [] as number[], progress: [] as { posts: number; oldest: string | null; done: boolean; reason?: string }[], restoredTo: null as number | null };
  const deps: ReadWindowDeps = {
    scrollDown: () => { y += 800; log.scrolls++; loaded = Math.min(total, loaded + perScroll); },
    position: () => y,
    restore: (to) => { y = to; log.restoredTo = to; },
    address: () => 'https://www.instagram.com/a/',
    read: async () => page(loaded),
    wait: async (ms) => { log.waits.push(ms); },
    now: () => NOW,
    progress: (tally, done, reason) => log.progress.push({ ...tally, done, ...(reason ? { reason } : {}) }),
    ...over,
  };
  return { deps, log };
}

describe('stop rules', () => {
  const base = { tally: { posts: 12, oldest: ago(23) }, since, idle: 0, steps: 1, stopped: false, moved: false, elapsedMs: 1_300 };
  it('scrolls on while the oldest post is inside the window and the page still loads', () => {
    expect(stopReason(base)).toBeNull();
  });
  it('stops at the window, when the page stops loading, on Stop, at the cap, or when the page moves on', () => {
    expect(stopReason({ ...base, tally: { posts: 31, oldest: ago(61) } })).toBe('window');
    expect(stopReason({ ...base, idle: PACE.idleSteps })).toBe('page-end');
    expect(stopReason({ ...base, stopped: true, tally: { posts: 31, oldest: ago(61) } })).toBe('stopped');
    expect(stopReason({ ...base, steps: PACE.maxSteps })).toBe('limit');
    expect(stopReason({ ...base, moved: true })).toBe('left');
    // Under the panel's six-minute wait, whatever the page does.
    expect(stopReason({ ...base, elapsedMs: PACE.maxMs })).toBe('limit');
    expect(PACE.maxMs).toBeLessThan(6 * 60_000);
  });
  it('never takes a pinned post (however old) or a story for the oldest of the grid', () => {
    const t = tallyOf(page(3));
    expect(t).toEqual({ posts: 4, oldest: ago(5) });
  });
  it('reads no faster than a person scrolls', () => {
    expect(PACE.stepMs).toBeGreaterThanOrEqual(1_000);
  });
});

describe('readWindow', () => {
  it('scrolls a screen at a time until the posts reach back past the window, then puts the page back and scores the window', async () => {
    const { deps, log } = fakePage(12, 72);
    const { outcome, reason, tally } = await readWindow(60, () => false, deps);
    expect(reason).toBe('window');
    expect(log.scrolls).toBe(2);
    expect(log.waits.filter((w) => w === PACE.stepMs)).toHaveLength(2);
    expect(tally).toEqual({ posts: 37, oldest: ago(71) });
    expect(log.restoredTo).toBe(300);
    // The final read keeps the 30 posts of the last 60 days, and the pinned one.
    expect(outcome.ok && outcome.value.posts.length).toBe(31);
    expect(log.progress.map((p) => p.posts)).toEqual([13, 25, 37]);
    expect(log.progress.at(-1)).toMatchObject({ done: true, reason: 'window' });
  });

  it('stops when the page stops loading: a few scrolls with nothing new', async () => {
    const { deps, log } = fakePage(6, 18);
    const { reason } = await readWindow(60, () => false, deps);
    expect(reason).toBe('page-end');
    expect(log.scrolls).toBe(1 + PACE.idleSteps);
    expect(log.restoredTo).toBe(300);
  });

  it('stops on Stop with what it has, and still scores it', async () => {
    let stop = false;
    const { deps, log } = fakePage(12, 72, { wait: async () => { stop = true; } });
    const { reason, outcome } = await readWindow(90, () => stop, deps);
    expect(reason).toBe('stopped');
    expect(log.scrolls).toBe(1);
    expect(outcome.ok && outcome.value.posts.length).toBe(25);
  });
});

describe('readWindow when things go wrong', () => {
  it('puts the page back when a read breaks midway, and lets the error reach the scout', async () => {
    let reads = 0;
    const { deps, log } = fakePage(12, 72, { read: async () => { if (++reads === 2) throw new Error('reader gone'); return page(12); } });
    await expect(readWindow(60, () => false, deps)).rejects.toThrow('reader gone');
    expect(log.restoredTo).toBe(300);
  });

  it('neither scrolls nor scores a page the scout moved to mid-read', async () => {
    let address = 'https://www.instagram.com/a/';
    const { deps, log } = fakePage(12, 72, { address: () => address, wait: async () => { address = 'https://www.instagram.com/b/'; } });
    const { reason, outcome } = await readWindow(60, () => false, deps);
    expect(reason).toBe('left');
    expect(log.restoredTo).toBeNull();
    expect(outcome.ok).toBe(false);
  });

  it('scores every post the steps saw, though the page now holds only its newest responses', async () => {
    let loaded = 12;
    // The observer's cap: the page read after scrolling back keeps only the last 12 posts loaded.
    const newestOnly = (n: number): PageOutcome => {
      const all = page(n);
      return all.ok ? { ok: true, value: { ...all.value, posts: all.value.posts.slice(-12) } } : all;
    };
    const { deps } = fakePage(12, 72, { scrollDown: () => { loaded += 12; }, read: async () => newestOnly(loaded) });
    const { outcome } = await readWindow(60, () => false, deps);
    // 30 posts inside 60 days (every two days) are all kept; the old pinned one was seen on the first read.
    expect(outcome.ok && outcome.value.posts.filter((p) => !p.pinned).length).toBe(30);
  });
});

describe('progress words', () => {
  it('says how many posts and how far back, as "38 posts, back to 14 Oct"', () => {
    expect(progressText({ posts: 38, oldest: '2026-10-14T09:00:00Z' }, NOW)).toBe('38 posts, back to 14 Oct');
    expect(progressText({ posts: 1, oldest: '2025-12-28T09:00:00Z' }, NOW)).toBe('1 post, back to 28 Dec 2025');
    expect(progressText({ posts: 0, oldest: null }, NOW)).toBe('0 posts, no dates shown yet');
  });
  it('fills the bar with the days read back, capped at the window', () => {
    expect(daysBack(ago(23.5), 60, NOW)).toBe(23);
    expect(daysBack(ago(75), 60, NOW)).toBe(60);
    expect(daysBack(null, 60, NOW)).toBe(0);
  });
  it('says why it ended and what the scorecard covers', () => {
    expect(endText('window', 60, { posts: 31, oldest: ago(61) }, NOW)).toMatch(/^Read the last 60 days: 31 posts, back to 20 Sept?\. The scorecard covers them\.$/);
    expect(endText('page-end', 90, { posts: 18, oldest: ago(35) }, NOW)).toContain('short of 90 days');
    const view = readingView({ days: 60, posts: 25, oldest: ago(47), done: true, reason: 'window', finished: false, stopping: false }, NOW);
    expect(view).toMatchObject({ running: true, value: 47, max: 60, end: null });
    expect(view.text).toMatch(/^25 posts, back to .*: scoring…$/);
  });
});
