import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { extract, readPage } from '@/lib/core/platforms';

// Hand-made pages with invented creators; each file names the layout it imitates.
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/tiktok/${name}`, import.meta.url));
const AT = '2026-11-20T12:00:00.000Z';
const capture = (url: string, ...files: string[]) => captureFromFiles(url, files.map(fixture), AT);

describe('TikTok profile with two item_list pages (2024–2026)', () => {
  const s = extract(capture('https://www.tiktok.com/@pebble.potter',
    'tt-profile.html', 'tt-profile.item_list_1.json', 'tt-profile.item_list_2.json'));

  it('reads exact statsV2 counts, bio link and who the creator is', () => {
    expect(s).toMatchObject({
      handle: 'pebble.potter', displayName: 'Pebble Pottery', followers: 128431, following: 77,
      postsCount: 64, totalLikes: 2304518, verified: true, isPrivate: false,
      externalLinks: ['https://pebble-pottery.example/shop'], approximate: [],
    });
    expect(s.sources.followers).toMatch(/^json: __UNIVERSAL_DATA_FOR_REHYDRATION__ @ __DEFAULT_SCOPE__\.webapp\.user-detail\.userInfo\.statsV2 \(also: /);
  });

  it('ignores the logged-in viewer in webapp.app-context', () => {
    expect(JSON.stringify(s)).not.toContain('night.owl.viewer');
    expect(JSON.stringify(s)).not.toContain('Viewer Decoy');
  });

  it('merges the pages without duplicates, in page order, and drops other creators', () => {
    expect(s.posts.map((p) => p.id.slice(-1))).toEqual(['1', '2', '3', '4']);
    expect(s.sources.posts).toBe('payload: /tt-profile.item_list_1.json @ itemList (3); payload: /tt-profile.item_list_2.json @ itemList (2)');
  });

  it('reads every field of a video, preferring TikTok\'s tag lists to the caption', () => {
    const [pinned, second] = s.posts;
    expect(pinned).toMatchObject({
      url: 'https://www.tiktok.com/@pebble.potter/video/7400000000000000001', kind: 'video',
      likes: 15231, comments: 210, views: 402118, shares: 88, saves: 1312, pinned: true,
      publishedAt: '2025-10-09T08:53:20.000Z', publishedPrecision: 'second',
      hashtags: ['pottery', 'asmr'], paidPartnership: false, disclosureLabel: null, approximate: [],
    });
    expect(second).toMatchObject({ hashtags: ['glazetest'], mentions: ['kiln.friend'], pinned: false, shares: 5 });
  });

  it('labels a paid partnership and names the brand account', () => {
    expect(s.posts[2]).toMatchObject({ paidPartnership: true, disclosureLabel: 'Paid partnership', sponsors: ['clayworks.supply'] });
  });

  it('labels own-business promotion as "Promotional content"', () => {
    expect(s.posts[3]).toMatchObject({ paidPartnership: true, disclosureLabel: 'Promotional content', sponsors: [] });
  });
});

describe('TikTok video page with comment/list pages (2024–2026)', () => {
  const s = extract(capture('https://www.tiktok.com/@pebble.potter/video/7411111111111111111',
    'tt-video.html', 'tt-video.comment_list_1.json', 'tt-video.comment_list_2.json'));

  it('reads the creator from the item\'s author and authorStatsV2', () => {
    expect(s).toMatchObject({ handle: 'pebble.potter', followers: 128431, totalLikes: 2304518, bio: 'Wheel-thrown mugs, slow glaze days' });
    expect(s.posts).toHaveLength(1);
    expect(s.posts[0]).toMatchObject({ id: '7411111111111111111', likes: 33127, views: 710254, saves: 2911, hashtags: ['wheelthrowing'] });
  });

  it('reads comments once each, replies after their parent, with pins and likes', () => {
    expect(s.comments.map((c) => [c.author, c.isReply, c.pinned])).toEqual([
      ['mugcollector', false, true],
      ['pebble.potter', true, null],
      ['glaze.nerd', false, false],
      ['quiet.reader', false, false],
    ]);
    expect(s.comments[0]).toMatchObject({
      postId: '7411111111111111111', text: 'Those walls are so even!', likes: 120, publishedAt: '2025-11-24T17:00:00.000Z',
    });
    expect(s.sources.comments).toBe('payload: /tt-video.comment_list_1.json @ comments (3); payload: /tt-video.comment_list_2.json @ comments[1] (1)');
  });
});

describe('TikTok SIGI_STATE profile (2022–2023)', () => {
  const s = extract(capture('https://www.tiktok.com/@fern.and.frond', 'tt-sigi.html'));

  it('reads UserModule, not the viewer in AppContext', () => {
    expect(s).toMatchObject({ handle: 'fern.and.frond', displayName: 'Fern & Frond', followers: 9120, totalLikes: 88412, postsCount: 40 });
    expect(s.sources.followers).toBe('json: SIGI_STATE @ UserModule.stats.fern.and.frond');
    expect(JSON.stringify(s)).not.toContain('night.owl.viewer');
  });

  it('keeps the grid order from ItemList and tells photo posts apart', () => {
    expect(s.posts.map((p) => [p.id.slice(-1), p.kind])).toEqual([['1', 'video'], ['2', 'carousel'], ['3', 'photo']]);
    expect(s.posts[1]).toMatchObject({
      url: 'https://www.tiktok.com/@fern.and.frond/photo/7200000000000000002', likes: 310, saves: 17,
      publishedAt: '2022-12-25T20:26:40.000Z', hashtags: ['monstera'],
    });
    expect(s.posts[2]!.saves).toBeNull();
  });
});

describe('TikTok page with only the DOM (2022–2026 layout)', () => {
  const s = extract(capture('https://www.tiktok.com/@sunny.stitches', 'tt-dom.html'));

  it('reads the header as rounded text and says so', () => {
    expect(s).toMatchObject({ handle: 'sunny.stitches', displayName: 'Sunny Stitches', followers: 56200, following: 210, totalLikes: 1100000 });
    expect(s.approximate).toEqual(['followers', 'totalLikes']);
    expect(s.sources.followers).toBe('dom: strong[data-e2e="followers-count"] "56.2K"');
    expect(s.bio).toBe('Quilts, slowly. Patterns in bio link');
  });

  it('reads the grid tiles, skipping a repost of another creator', () => {
    expect(s.posts.map((p) => [p.id.slice(-1), p.kind, p.views, p.approximate])).toEqual([
      ['1', 'video', 12300, ['views']],
      ['2', null, 845, []],
    ]);
    expect(s.posts[1]!.url).toBe('https://www.tiktok.com/@sunny.stitches/photo/7300000000000000002');
    expect(s.posts.every((p) => p.likes === null && p.paidPartnership === null)).toBe(true);
    expect(s.warnings.join(' ')).toMatch(/grid only/);
  });
});

describe('TikTok private account', () => {
  it('reports the profile, no posts, and says why', () => {
    const s = extract(capture('https://www.tiktok.com/@closed.door', 'tt-private.html'));
    expect(s).toMatchObject({ handle: 'closed.door', isPrivate: true, followers: 412, postsCount: 23, posts: [] });
    expect(s.warnings.join(' ')).toMatch(/private/);
  });
});

describe('TikTok robustness', () => {
  // Since issue 11 a page is not refused for a missing follower count: the one item makes a snapshot.
  it('reads nothing, without throwing, from an empty page and junk payloads', () => {
    const cap = capture('https://www.tiktok.com/@nobody.here');
    // The item names its author: an item that names none is nobody's unless its response is proven theirs.
    cap.payloads.push({ url: '/api/post/item_list/', body: { itemList: [null, 3, { id: 'x' }, { id: '123', createTime: 'soon', author: 'nobody.here', stats: { diggCount: -4, playCount: 'NaN' } }] } });
    cap.payloads.push({ url: '/api/comment/list/', body: { comments: [{ text: 5 }, null, { text: 'hi', user: {} }] } });
    const read = readPage(cap)!;
    expect(read.followers).toBeNull();
    expect(read.comments).toEqual([]);
    expect(read.posts.map((p) => [p.id, p.likes, p.views])).toEqual([['123', null, null]]);
    const s = extract(cap);
    expect(s).toMatchObject({ handle: 'nobody.here', followers: null });
    expect(s.warnings).toContain("TikTok does not show @nobody.here's follower count on this page: open the profile to score followers.");
    expect(() => extract(capture('https://www.tiktok.com/@nobody.here'))).toThrow(/Couldn't read anything about @nobody.here/);
  });
});
