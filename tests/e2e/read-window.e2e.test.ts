import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { ownRequests, type Harness } from './harness';
import { SidePanel } from './pages/side-panel';
import { loadSamples } from './samples';
import { FEEDS, PAGE_SIZE, PAGES, type Feed, type FeedPlatform } from '../fixtures/read-window/feeds';

/**
 * "Read the last 60 days" in Chromium on a synthetic grid per platform: the sample page serves its
 * posts a page at a time and asks for the next one itself when scrolled near the bottom. Nothing
 * reaches the network; every request for a page of posts is counted here, and the page counts its own.
 */
interface Opened { feed: Feed; page: Page; hits: string[] }

async function openFeed(h: Harness, platform: FeedPlatform): Promise<Opened> {
  const feed = FEEDS[platform](Date.now());
  // Instagram's profile counts come from the sample's web_profile_info, served by the harness.
  const sample = loadSamples().find((s) => s.url === feed.url);
  if (sample) h.serve(sample);
  const page = await h.context.newPage();
  const hits: string[] = [];
  await page.route(`https://${new URL(feed.url).host}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (`${url.origin}${url.pathname}`.replace(/\/$/, '') === feed.url.replace(/\/$/, '')) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: feed.html });
    }
    if (url.pathname.startsWith(feed.apiPath)) {
      hits.push(request.url());
      return route.fulfill({ status: 200, contentType: 'application/json', body: feed.body(feed.pageOf(url, request.postData())) });
    }
    return route.fallback();
  });
  await page.goto(feed.url);
  await page.waitForLoadState('networkidle');
  return { feed, page, hits };
}

/** The posts of the visit the read stored, straight from the extension's IndexedDB. */
function storedPosts(panel: SidePanel): Promise<{ id: string; publishedAt: string | null; pinned: boolean | null }[]> {
  return panel.page.evaluate(`(async () => {
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('microscope'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const visits = await new Promise((resolve, reject) => { const r = db.transaction('snapshots').objectStore('snapshots').getAll(); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    db.close();
    const last = visits[visits.length - 1];
    return last ? last.snapshot.posts.map((p) => ({ id: p.id, publishedAt: p.publishedAt, pinned: p.pinned })) : [];
  })()`);
}

/** Watches the progress line until the read ends; returns every distinct text and bar value it showed. */
async function watchProgress(panel: SidePanel): Promise<{ texts: string[]; values: number[] }> {
  const texts: string[] = [];
  const values: number[] = [];
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && (await panel.page.getByTestId('read-window-end').count()) === 0) {
    const bar = panel.page.getByRole('progressbar');
    if ((await bar.count()) > 0) {
      const text = (await bar.getAttribute('aria-valuetext').catch(() => null)) ?? '';
      const value = Number(await bar.getAttribute('value').catch(() => '0'));
      if (text && texts.at(-1) !== text) texts.push(text);
      if (values.at(-1) !== value) values.push(value);
    }
    await panel.page.waitForTimeout(150);
  }
  return { texts, values };
}

const pinnedPosts = (platform: FeedPlatform) => (platform === 'youtube' ? 0 : 1);

describe.each(['instagram', 'tiktok', 'youtube'] as const)('Read the last 60 days on %s', (platform) => {
  const browser = useBrowser('each');

  it('scrolls the grid at a person\'s pace until the posts reach 60 days back, then scores the window and puts the page back', async () => {
    const h = browser();
    const { feed, page, hits } = await openFeed(h, platform);
    const panel = await SidePanel.openFor(h, page);
    await panel.settled();
    await page.evaluate(() => window.scrollTo(0, 200));
    const before = await page.evaluate(() => window.scrollY);
    await panel.page.getByTestId('read-window-start').click();
    await panel.page.getByRole('progressbar').waitFor({ timeout: 10_000 });
    const { texts: seen, values } = await watchProgress(panel);
    // Until the page's first report arrives the bar says it has nothing yet; a loaded machine can catch that line.
    const texts = seen.filter((t) => t !== '0 posts, no dates shown yet');
    // The bar appeared and advanced: "13 posts, back to …", then more, each further back.
    expect(texts.length, seen.join(' | ')).toBeGreaterThanOrEqual(2);
    expect(texts[0]).toMatch(/^\d+ posts?, back to \d{1,2} \w+/);
    expect(values.at(-1)).toBeGreaterThan(values[0] ?? 0);
    expect(await panel.text('read-window-end')).toMatch(/^Read the last 60 days: \d+ posts/);
    // It stopped by itself once past 60 days: well before the grid ran out.
    expect(hits.length).toBeLessThan(PAGES);
    // The scorecard is scored on the window: the 30 posts of 60 days (one every two days), and the pinned one.
    await panel.page.locator('main[data-status="ready"]').waitFor();
    const posts = await storedPosts(panel);
    expect(posts.filter((p) => !p.pinned)).toHaveLength(30);
    expect(posts.filter((p) => p.pinned)).toHaveLength(pinnedPosts(platform));
    // The page is where the scout left it.
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    // Every request for posts was the page's own: its first load (Instagram, TikTok) and its scroll loader.
    const pageOwn = (feed.firstPageFetched ? 1 : 0) + (await page.evaluate(() => (window as unknown as { __feedFetches: number }).__feedFetches));
    expect(hits.length).toBe(pageOwn);
    expect(ownRequests(h)).toEqual([]);
  }, 90_000);

  it('stops early on Stop, scores what it read, and puts the page back', async () => {
    const h = browser();
    const { feed, page, hits } = await openFeed(h, platform);
    const panel = await SidePanel.openFor(h, page);
    await panel.settled();
    const before = await page.evaluate(() => window.scrollY);
    await panel.page.getByTestId('read-window-days').selectOption('90');
    await panel.page.getByTestId('read-window-start').click();
    // Stop once the page has loaded its second page of posts.
    await panel.page.getByRole('progressbar').and(panel.page.locator(`[aria-valuetext^="${PAGE_SIZE * 2 + pinnedPosts(platform)} posts"]`)).waitFor({ timeout: 30_000 });
    await panel.page.getByTestId('read-stop').click();
    await panel.page.getByTestId('read-window-end').waitFor({ timeout: 20_000 });
    expect(await panel.text('read-window-end')).toMatch(/^Stopped: \d+ posts/);
    await panel.page.locator('main[data-status="ready"]').waitFor();
    const posts = await storedPosts(panel);
    // Far short of 90 days (45 posts): what had loaded when the scout pressed Stop.
    expect(posts.length).toBeGreaterThanOrEqual(PAGE_SIZE * 2);
    expect(posts.length).toBeLessThan(45);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    const pageOwn = (feed.firstPageFetched ? 1 : 0) + (await page.evaluate(() => (window as unknown as { __feedFetches: number }).__feedFetches));
    expect(hits.length).toBe(pageOwn);
    expect(ownRequests(h)).toEqual([]);
  }, 90_000);
});
