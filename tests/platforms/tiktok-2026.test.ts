import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { ExtractError } from '@/lib/core/model/errors';
import { extract, readPage } from '@/lib/core/platforms';

// Hand-made 2026 pages with invented creators, in the shapes of the real 2026 captures (issue 11).
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/tiktok/${name}`, import.meta.url));
const AT = '2026-11-20T12:00:00.000Z';
const capture = (url: string, ...files: string[]) => captureFromFiles(url, files.map(fixture), AT);

function refusal(run: () => unknown): ExtractError {
  try {
    run();
  } catch (err) {
    if (err instanceof ExtractError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('TikTok 2026 profile (webapp.user-detail, webapp.updated-items)', () => {
  const s = extract(capture('https://www.tiktok.com/@marrow.and.moss', 'tt-2026-profile.html'));

  it('takes the exact statsV2 strings, and ignores the rounded heartCount that overflowed to a negative number', () => {
    expect(s).toMatchObject({
      handle: 'marrow.and.moss', displayName: 'Marrow & Moss', followers: 211874302, following: 40, postsCount: 902,
      totalLikes: 2399871233, verified: true, isPrivate: false, externalLinks: ['https://marrow-moss.example'], approximate: [],
    });
    expect(s.sources.totalLikes).toMatch(/^json: __UNIVERSAL_DATA_FOR_REHYDRATION__ @ __DEFAULT_SCOPE__\.webapp\.user-detail\.userInfo\.statsV2/);
    // The rounded 2.4bn beside the exact 2,399,871,233 is rounding, not a disagreement.
    expect(s.disagreements).toEqual([]);
    expect(JSON.stringify(s)).not.toContain('night.owl.viewer');
  });

  it('reads items under a wrapper it has never been told about, skipping a live room', () => {
    expect(s.posts.map((p) => [p.id, p.likes, p.views, p.saves])).toEqual([['7500000000000000001', 1203377, 15322071, 90127]]);
    expect(s.sources.posts).toBe('json: __UNIVERSAL_DATA_FOR_REHYDRATION__ @ __DEFAULT_SCOPE__.webapp.updated-items[0] (1)');
  });
});

describe('TikTok profile read from observed responses alone (a single-page navigation)', () => {
  it('reads /api/user/detail/ and /api/post/item_list/ by shape, with their paths as sources', () => {
    const cap = capture('https://www.tiktok.com/@tidepool.tom');
    const user = { uniqueId: 'tidepool.tom', nickname: 'Tidepool Tom', verified: false, privateAccount: false, signature: 'Rock pools, weekly' };
    cap.payloads.push({ url: 'https://www.tiktok.com/api/user/detail/?uniqueId=tidepool.tom', body: {
      statusCode: 0, userInfo: { user, stats: { followerCount: 48100, followingCount: 9, heartCount: 1200000, videoCount: 51 },
        statsV2: { followerCount: '48127', followingCount: '9', heartCount: '1203311', videoCount: '51' } } } });
    cap.payloads.push({ url: 'https://www.tiktok.com/api/post/item_list/?secUid=MS4wTom&count=35', body: { hasMore: true, itemList: [
      { id: '7600000000000000012', createTime: 1789200000, desc: 'Anemone close-up', author: { uniqueId: 'tidepool.tom' },
        authorStats: { followerCount: 48100 }, statsV2: { diggCount: '940', commentCount: '12', playCount: '10422', shareCount: '3' } },
      { id: '7600000000000000013', createTime: 1789300000, desc: 'Someone else', author: { uniqueId: 'beach.bella' }, stats: { diggCount: 1, playCount: 2 } },
    ] } });
    const s = extract(cap);
    expect(s).toMatchObject({ handle: 'tidepool.tom', followers: 48127, following: 9, postsCount: 51, totalLikes: 1203311, bio: 'Rock pools, weekly' });
    expect(s.sources.followers).toMatch(/^payload: www\.tiktok\.com\/api\/user\/detail\/ @ userInfo\.statsV2/);
    expect(s.posts.map((p) => [p.id, p.likes, p.comments, p.views])).toEqual([['7600000000000000012', 940, 12, 10422]]);
    expect(s.sources.posts).toBe('payload: www.tiktok.com/api/post/item_list/ @ itemList[0] (1)');
  });
});

describe('TikTok 2026 item_list items that keep their caption in contents[]', () => {
  it('reads the caption and tags from the parts, whatever the list is called', () => {
    const part = { desc: 'Low tide finds #tidepools #crabs', textExtra: [{ hashtagName: 'tidepools' }, { hashtagName: 'crabs' }] };
    const item = (parts: Record<string, unknown>) => ({ id: '7600000000000000011', createTime: 1789100000, author: { uniqueId: 'tidepool.tom' }, stats: { diggCount: 12, playCount: 300 }, ...parts });
    for (const parts of [{ contents: [part] }, { contents_v2: { wrap: [part] } }]) {
      const cap = capture('https://www.tiktok.com/@tidepool.tom', 'tt-2026-video.html');
      cap.payloads.push({ url: 'https://www.tiktok.com/api/post/item_list/?count=35', body: { itemList: [item(parts)], hasMore: false } });
      const post = readPage(cap)!.posts.find((p) => p.id === '7600000000000000011');
      expect(post).toMatchObject({ caption: 'Low tide finds #tidepools #crabs', hashtags: ['tidepools', 'crabs'], likes: 12, views: 300 });
    }
  });
});

describe('TikTok 2026 video page (webapp.video-detail without authorStats) with comment pages', () => {
  const url = 'https://www.tiktok.com/@tidepool.tom/video/7600000000000000009';
  const cap = () => capture(url, 'tt-2026-video.html', 'tt-2026-video.comment_list.json', 'tt-2026-video.comment_reply.json');
  const s = extract(cap());

  it('makes a snapshot of the post and its owner, with followers unknown and the reason in words', () => {
    expect(readPage(cap())!.hints.pageKind).toBe('post');
    expect(s).toMatchObject({ handle: 'tidepool.tom', displayName: 'Tidepool Tom', verified: false, followers: null, following: null, postsCount: null });
    expect(s.warnings).toContain('This is a post by @tidepool.tom: open the profile to score followers.');
    expect(s.posts).toHaveLength(1);
    expect(s.posts[0]).toMatchObject({
      id: '7600000000000000009', likes: 18231, comments: 3, views: 204133, shares: 77, saves: 410,
      publishedAt: '2026-09-10T00:26:40.000Z', hashtags: ['tidepools'], mentions: ['shell.exchange'], paidPartnership: false, approximate: [],
    });
  });

  it('reads the visible comments once each: replies marked, pins kept, hidden and other videos\' comments left out', () => {
    expect(s.comments.map((c) => [c.author, c.isReply, c.pinned, c.likes])).toEqual([
      ['rockpool.rita', false, true, 54],
      ['tidepool.tom', true, false, 9],
      ['crab.fan.77', false, false, 3],
      ['shell.exchange', true, false, 1],
    ]);
    expect(s.comments.every((c) => c.postId === '7600000000000000009')).toBe(true);
    expect(s.sources.comments).toBe('payload: /tt-2026-video.comment_list.json @ comments (3); payload: /tt-2026-video.comment_reply.json @ comments[1] (1)');
  });
});

describe('TikTok says the true reason', () => {
  it('refuses a banned account (statusCode 10221) as unavailable', () => {
    const err = refusal(() => extract(capture('https://www.tiktok.com/@gone.forever', 'tt-2026-banned.html')));
    expect(err.reason).toBe('unavailable');
    expect(err.message).toBe('This TikTok account is unavailable (banned or deleted), so there is nothing to score.');
  });

  it('refuses an account that does not exist (statusCode 10202 in /api/user/detail/) as unavailable', () => {
    const cap = capture('https://www.tiktok.com/@never.was');
    cap.payloads.push({ url: 'https://www.tiktok.com/api/user/detail/?uniqueId=never.was', body: { statusCode: 10202, statusMsg: 'user not exist', userInfo: {} } });
    expect(refusal(() => extract(cap)).reason).toBe('unavailable');
  });

  it('does not call a deleted video an unavailable account', () => {
    const cap = capture('https://www.tiktok.com/@tidepool.tom/video/7600000000000000001');
    cap.payloads.push({ url: 'https://www.tiktok.com/api/item/detail/?itemId=7600000000000000001', body: { statusCode: 10204, statusMsg: 'item doesn\'t exist' } });
    expect(readPage(cap)!.hints.unavailable).toBe(false);
  });

  it('keeps a private account\'s profile and says why there are no posts', () => {
    const s = extract(capture('https://www.tiktok.com/@closed.door', 'tt-private.html'));
    expect(s).toMatchObject({ isPrivate: true, followers: 412, posts: [] });
    expect(s.warnings).toContain('This account is private: its posts are not visible, so engagement cannot be measured.');
  });
});

describe('TikTok reads only the creator in the address bar', () => {
  it('never lends the last creator\'s header, grid or JSON to a new address', () => {
    // A single-page app moved the address on while the document still shows @sunny.stitches and @pebble.potter.
    const err = refusal(() => extract(capture('https://www.tiktok.com/@victim.one', 'tt-dom.html', 'tt-profile.item_list_1.json')));
    expect(err.message).toMatch(/@victim\.one/);
    const read = readPage(capture('https://www.tiktok.com/@victim.one', 'tt-profile.html', 'tt-profile.item_list_1.json'))!;
    expect({ followers: read.followers, totalLikes: read.totalLikes, displayName: read.displayName, posts: read.posts.length })
      .toEqual({ followers: null, totalLikes: null, displayName: null, posts: 0 });
  });

  it('on a video page, reads the video\'s owner even when the address names someone else', () => {
    const s = extract(capture('https://www.tiktok.com/@someone.else/video/7600000000000000009', 'tt-2026-video.html'));
    expect(s.handle).toBe('tidepool.tom');
    expect(s.sources.handle).toMatch(/itemStruct\.author\.uniqueId/);
  });
});
