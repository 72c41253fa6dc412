// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/core/platforms';
import { tallyOf, windowStart, withinWindow } from '@/lib/page/read-window-rules';
import { ageOf, FEEDS, PAGE_SIZE, type FeedPlatform } from '../../fixtures/read-window/feeds';

const NOW = Date.parse('2026-11-20T12:00:00Z');

/** The page as the reader sees it after the scout has scrolled `pages` pages in. */
function readAfter(platform: FeedPlatform, pages: number) {
  const feed = FEEDS[platform](NOW);
  const doc = new JSDOM(feed.html).window.document;
  const first = feed.firstPageFetched ? 0 : 1;
  const payloads = Array.from({ length: pages - first }, (_, k) => ({ url: `https://${new URL(feed.url).host}${feed.apiPath}`, body: JSON.parse(feed.body(first + k)) as unknown }));
  try {
    return { ok: true as const, value: extract({ url: feed.url, doc, payloads, capturedAt: new Date(NOW).toISOString() }) };
  } catch (err) {
    return { ok: false as const, error: { reason: 'layout-changed' as const, missing: [], message: String(err) } };
  }
}

describe.each(['instagram', 'tiktok', 'youtube'] as const)('the %s read-window sample', (platform) => {
  const pinned = platform === 'youtube' ? 0 : 1;

  it('reads every page the page has loaded, its dates going back page by page', () => {
    const one = tallyOf(readAfter(platform, 1));
    const three = tallyOf(readAfter(platform, 3));
    expect(one.posts).toBe(PAGE_SIZE + pinned);
    expect(three.posts).toBe(3 * PAGE_SIZE + pinned);
    // The pinned post (200 days old) never counts as the oldest: the grid's own dates do.
    const back = (t: { oldest: string | null }) => Math.round((NOW - Date.parse(t.oldest ?? '')) / 86_400_000);
    if (platform === 'youtube') {
      // YouTube says "2 months ago": coarser, but past 60 days all the same.
      expect(back(three)).toBeGreaterThan(60);
    } else {
      expect(back(one)).toBe(ageOf(PAGE_SIZE - 1));
      expect(back(three)).toBe(ageOf(3 * PAGE_SIZE - 1));
    }
  });

  it('keeps the window\'s posts (and the pinned one) for the score', () => {
    const kept = withinWindow(readAfter(platform, 3), windowStart(60, new Date(NOW)));
    expect(kept.ok).toBe(true);
    if (!kept.ok) return;
    // One post every two days: 30 in 60 days (YouTube's "1 month ago" rounds inside the window too).
    expect(kept.value.posts.filter((p) => !p.pinned)).toHaveLength(30);
    expect(kept.value.posts.filter((p) => p.pinned)).toHaveLength(pinned);
  });
});
