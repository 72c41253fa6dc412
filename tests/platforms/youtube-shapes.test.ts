import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { ExtractError } from '@/lib/core/model/errors';
import { extract, readPage } from '@/lib/core/platforms';
import { shapesOf } from '@/lib/core/platforms/youtube/collect';
import { commentsIn } from '@/lib/core/platforms/youtube/comments';
import { pageDocs } from '@/lib/core/platforms/youtube/sources';

const DIR = fileURLToPath(new URL('../fixtures/youtube/', import.meta.url));
const NOW = '2026-03-17T12:00:00.000Z';
const capture = (url: string, ...files: string[]) => captureFromFiles(url, files.map((f) => join(DIR, f)), NOW);
const CHANNEL_ID = 'UCpebbleKitchen00000000a';

function refusal(url: string, ...files: string[]): ExtractError {
  try {
    extract(capture(url, ...files));
  } catch (err) {
    if (err instanceof ExtractError) return err;
    throw err;
  }
  throw new Error('expected the page to be refused');
}

describe('YouTube 2026 channel grid of lockupViewModel tiles', () => {
  const s = extract(capture('https://www.youtube.com/@PebbleKitchen/videos', 'channel-lockup.browse.json'));

  it('reads the pageHeaderViewModel header and names the JSON path it came from', () => {
    expect(s).toMatchObject({ handle: 'PebbleKitchen', channelId: CHANNEL_ID, followers: 48200, postsCount: 212, verified: true, bio: 'Cooking in a tiny flat.' });
    expect(s.sources.followers).toMatch(/^payload: .*channel-lockup\.browse\.json @ header\.pageHeaderRenderer\.content\.pageHeaderViewModel \(pageHeaderViewModel\)$/);
  });

  it('reads the video lockups with rounded views, and leaves out playlists and another channel\'s shelf', () => {
    expect(s.posts.map((p) => [p.id, p.views, p.approximate, p.publishedText])).toEqual([
      ['pkLock00001', 26000, ['views'], '17 hours ago'],
      ['pkLock00002', 1204, [], '3 days ago'],
    ]);
  });
});

describe('YouTube player response on its own', () => {
  const s = extract(capture('https://www.youtube.com/watch?v=pkPlayer001', 'player-only.player.json'));

  it('is a snapshot of the video page: the channel id stands in for the unknown handle', () => {
    expect(s).toMatchObject({ handle: CHANNEL_ID, channelId: CHANNEL_ID, displayName: 'Pebble Kitchen', followers: null, verified: null });
    expect(s.profileUrl).toBe(`https://www.youtube.com/channel/${CHANNEL_ID}`);
    expect(s.posts.map((p) => [p.id, p.views, p.likes, p.comments, p.caption])).toEqual([['pkPlayer001', 51234, null, null, 'Miso soup in five minutes']]);
  });

  it('says why followers are unknown in words a scout can act on', () => {
    expect(s.warnings).toContain(`This is a post by @${CHANNEL_ID}: open the profile to score followers.`);
  });
});

describe('YouTube Shorts page', () => {
  const s = extract(capture('https://www.youtube.com/shorts/pkShort0001', 'shorts-page.html', 'shorts-next.player.json'));

  it('reads the Short with exact views and likes, and its owner', () => {
    expect(s).toMatchObject({ handle: 'PebbleKitchen', channelId: CHANNEL_ID, displayName: 'Pebble Kitchen' });
    expect(s.posts.map((p) => [p.id, p.kind, p.views, p.likes, p.comments, p.url])).toEqual([
      ['pkShort0001', 'short', 1204332, 48210, 312, 'https://www.youtube.com/shorts/pkShort0001'],
    ]);
  });

  it('ignores the next Short YouTube preloads (another channel\'s)', () => {
    expect(JSON.stringify(s)).not.toContain('OtherChannel');
    expect(s.posts).toHaveLength(1);
  });
});

describe('YouTube causes in words (§4)', () => {
  it('an age-restricted watch page still gives its owner and video, with the reason', () => {
    const s = extract(capture('https://www.youtube.com/watch?v=pkGated0001', 'watch-age-gated.html'));
    expect(s).toMatchObject({ handle: 'PebbleKitchen', followers: 48200, verified: true });
    expect(s.posts.map((p) => [p.id, p.views])).toEqual([['pkGated0001', 88120]]);
    expect(s.warnings).toContain('This YouTube video is age-restricted: sign in to see its counts, then score again.');
  });

  it('an age-restricted video with nothing about its creator is refused as age-gated', () => {
    const err = refusal('https://www.youtube.com/watch?v=pkGated0002', 'age-gated.player.json');
    expect(err.reason).toBe('age-gated');
    expect(err.message).toBe('This YouTube video is age-restricted, so the page hides it and its creator. Sign in to YouTube (or open the creator\'s channel) and score again.');
  });

  it('a terminated channel is unavailable, not a changed layout', () => {
    const err = refusal('https://www.youtube.com/@GoneKitchen', 'channel-terminated.browse.json');
    expect(err.reason).toBe('unavailable');
    expect(err.message).toBe('This YouTube account is unavailable (banned or deleted), so there is nothing to score.');
  });
});

describe('YouTube comments: creator and heart', () => {
  const url = 'https://www.youtube.com/watch?v=pkWatch0001';

  it('keeps author.isCreator and the heart joined by toolbarStateKey, in display order', () => {
    const [doc] = shapesOf(pageDocs(capture(url, 'comments-hearts.next.json'), true));
    const read = commentsIn(doc!, { postId: 'pkWatch0001', capturedAt: NOW });
    expect(read.map((c) => [c.author, c.pinned, c.byCreator, c.likedByCreator])).toEqual([
      ['@PebbleKitchen', true, true, false],
      ['@brothfan', false, false, true],
      // An entity no thread points at is still a comment; whether it is pinned is unknown.
      ['@quietreader', null, false, null],
    ]);
  });

  it('reads the same comments through the page reader, with the declared total', () => {
    const read = readPage(capture(url, 'watch-paid.html', 'comments-hearts.next.json'))!;
    expect(read.comments.map((c) => [c.author, c.likes])).toEqual([['@PebbleKitchen', 88], ['@brothfan', 12], ['@quietreader', 0]]);
    expect(read.posts[0]!.comments).toBe(3);
  });
});

describe('YouTube: every number belongs to the creator in the address bar (§3b)', () => {
  it('never takes a rendered header that still shows the previous channel', () => {
    const read = readPage(capture('https://www.youtube.com/@victim.one/videos', 'channel-dom-only.html'))!;
    expect(read.followers).toBeNull();
    expect(read.displayName).toBeNull();
    expect(read.posts).toEqual([]);
  });

  it('never takes a channel JSON of another channel after in-page navigation', () => {
    const read = readPage(capture('https://www.youtube.com/@victim.two/videos', 'channel-lockup.browse.json'))!;
    expect(read.followers).toBeNull();
    expect(read.posts).toEqual([]);
  });
});
