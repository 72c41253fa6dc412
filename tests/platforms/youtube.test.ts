import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { extract, readPage } from '@/lib/core/platforms';

const DIR = fileURLToPath(new URL('../fixtures/youtube/', import.meta.url));
const NOW = '2026-03-17T12:00:00.000Z';
const capture = (url: string, ...files: string[]) => captureFromFiles(url, files.map((f) => join(DIR, f)), NOW);
const WATCH = 'https://www.youtube.com/watch?v=pkWatch0001';

describe('YouTube watch page', () => {
  const s = extract(capture(WATCH, 'watch-paid.html'));
  const video = s.posts[0]!;

  it('names the creator from the video owner', () => {
    expect(s).toMatchObject({ handle: 'PebbleKitchen', channelId: 'UCpebbleKitchen00000000a', displayName: 'Pebble Kitchen', followers: 48200, verified: true });
    expect(s.approximate).toContain('followers');
  });

  it('reads the one video with exact likes and views, not the rounded titles', () => {
    expect(video).toMatchObject({ id: 'pkWatch0001', kind: 'video', likes: 7318, views: 203117, caption: 'Ramen night with Brothbox #ad' });
    expect(video.approximate).not.toContain('likes');
    expect(s.sources['video.likes']).toMatch(/accessibilityText/);
  });

  it('takes the player publishDate to the second over the day-precise dateText', () => {
    expect(video).toMatchObject({ publishedAt: '2026-03-03T17:30:00.000Z', publishedPrecision: 'second', publishedText: '2 weeks ago' });
  });

  it('flags the "Includes paid promotion" overlay with its own label', () => {
    expect(video).toMatchObject({ paidPartnership: true, disclosureLabel: 'Includes paid promotion' });
  });

  it('reads hashtags and mentions from the title and description', () => {
    expect(video.hashtags).toEqual(['ad', 'ramen']);
    expect(video.mentions).toEqual(['brothbox']);
  });

  it('never counts related videos (other channels) as posts', () => {
    expect(s.posts.map((p) => p.id)).toEqual(['pkWatch0001']);
  });

  it('keeps the comment panel total as rounded when nothing exact is there', () => {
    expect(video.comments).toBe(1400);
    expect(video.approximate).toContain('comments');
  });
});

describe('YouTube comments pages', () => {
  const s = extract(capture(WATCH, 'watch-paid.html', 'comments-page.next.json', 'comments-replies.next.json'));

  it('keeps display order, the pinned comment and the reply', () => {
    expect(s.comments.map((c) => [c.author, c.pinned, c.isReply])).toEqual([
      ['@PebbleKitchen', true, false],
      ['@noodlefan', false, false],
      ['@PebbleKitchen', false, true],
    ]);
    expect(s.comments.every((c) => c.postId === 'pkWatch0001')).toBe(true);
  });

  it('reads likes, rounded or not, and an empty count as zero', () => {
    expect(s.comments.map((c) => [c.likes, c.approximate])).toEqual([[310, []], [2100, ['likes']], [0, []]]);
  });

  it('turns relative times into dates against the capture time', () => {
    expect(s.comments[0]).toMatchObject({ publishedText: '2 weeks ago (edited)', publishedAt: '2026-03-03T12:00:00.000Z' });
    expect(s.comments[2]!.publishedAt).toBe('2026-03-16T12:00:00.000Z');
  });

  it('lets the declared exact total beat the rounded panel count', () => {
    expect(s.posts[0]!.comments).toBe(1452);
    expect(s.posts[0]!.approximate).not.toContain('comments');
  });
});

describe('YouTube channel grid', () => {
  const url = 'https://www.youtube.com/@PebbleKitchen/videos';

  it('reads the header, bio and the decoded outside link', () => {
    const s = extract(capture(url, 'channel-videos.html'));
    expect(s).toMatchObject({ handle: 'PebbleKitchen', followers: 48200, postsCount: 212, verified: true, externalLinks: ['https://pebble.example/shop?ref=yt'] });
    expect(s.bio).toContain('tiny flat');
  });

  it('merges a scroll page: no duplicates, page order kept', () => {
    const s = extract(capture(url, 'channel-videos.html', 'channel-scroll.browse.json'));
    expect(s.posts.map((p) => p.id)).toEqual(['pkVid000001', 'pkVid000002', 'pkVid000003', 'pkVid000004', 'pkVid000005']);
    expect(s.posts.map((p) => p.views)).toEqual([12345, 8001, 4410, 2020, 999]);
  });

  it('resolves relative dates with their precision, and marks past streams live', () => {
    const [a, b, , , e] = extract(capture(url, 'channel-videos.html', 'channel-scroll.browse.json')).posts;
    expect(a).toMatchObject({ publishedText: '3 days ago', publishedAt: '2026-03-14T12:00:00.000Z', publishedPrecision: 'day', kind: 'video' });
    expect(b).toMatchObject({ publishedText: 'Streamed 2 weeks ago', publishedPrecision: 'week', kind: 'live' });
    expect(e).toMatchObject({ publishedAt: '2025-03-17T12:00:00.000Z', publishedPrecision: 'year' });
    expect(b!.mentions).toEqual(['flourfriend']);
  });

  it('reads a Shorts tab with rounded views', () => {
    const s = extract(capture('https://www.youtube.com/@PebbleKitchen/shorts', 'shorts-tab.browse.json'));
    expect(s.posts.map((p) => [p.id, p.kind, p.views, p.approximate])).toEqual([
      ['pkShort0001', 'short', 1200000, ['views']],
      ['pkShort0002', 'short', 845, []],
    ]);
    expect(s.posts[0]!.url).toBe('https://www.youtube.com/shorts/pkShort0001');
  });

  it('falls back to the rendered page when there is no JSON, and says so', () => {
    const s = extract(capture(url, 'channel-dom-only.html'));
    expect(s).toMatchObject({ handle: 'PebbleKitchen', displayName: 'Pebble Kitchen', followers: 48200 });
    expect(s.posts.map((p) => [p.id, p.views])).toEqual([['pkVid000001', 12000], ['pkVid000003', 845]]);
    expect(s.sources.followers).toMatch(/^dom: /);
    expect(s.sources.posts).toMatch(/^dom: /);
  });
});

describe('YouTube reader robustness', () => {
  it('reads a comments page alone without inventing a creator', () => {
    const read = readPage(capture(WATCH, 'comments-page.next.json'))!;
    expect(read.handle).toBeNull();
    expect(read.posts).toEqual([]);
    expect(read.comments).toHaveLength(2);
  });
});
