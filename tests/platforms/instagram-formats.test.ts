import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { ExtractError } from '@/lib/core/model/errors';
import { extract, readPage } from '@/lib/core/platforms';
import { NAMED_KEYS } from '@/lib/core/platforms/instagram/shapes';
import type { PageRead } from '@/lib/core/platforms/shared/page-read';
import { mutateCapture } from './mutate-wrappers';

// Synthetic pages in the shapes Instagram served in 2024–2026 (invented creators, see tests/fixtures/instagram).
const AT = '2026-11-01T00:00:00.000Z';
const fixture = (name: string) => join(__dirname, '../fixtures/instagram', name);
const capture = (url: string, ...files: string[]) => captureFromFiles(url, files.map(fixture), AT);
const read = (url: string, ...files: string[]) => readPage(capture(url, ...files))!;
const refusal = (url: string, ...files: string[]): ExtractError => {
  try {
    extract(capture(url, ...files));
  } catch (err) {
    if (err instanceof ExtractError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('instagram 2026, logged out: xig_user_by_username and polaris_ordered_timeline_connection in data-sjs', () => {
  const url = 'https://www.instagram.com/fern.and.fable/';
  const r = read(url, 'loggedout-2026-profile.html');

  it('reads the profile wherever the relay cache puts it, and says where', () => {
    expect(r).toMatchObject({ handle: 'fern.and.fable', displayName: 'Fern & Fable', followers: 48213, following: 301, postsCount: null, verified: true });
    expect(r.externalLinks).toEqual(['https://fern-fable.example/notes']);
    expect(r.sources.followers).toMatch(/^json: data-sjs @ .*\.xig_user_by_username$/);
  });

  it('reads the grid with unknown counts (never 0), and drops the suggested account', () => {
    expect(r.posts.map((p) => [p.id, p.kind, p.likes, p.comments, p.views])).toEqual([
      ['FfVid000001', 'reel', null, null, null], ['FfCar000002', 'carousel', null, null, null], ['FfImg000003', 'photo', null, null, null],
    ]);
    expect(r.hints).toMatchObject({ pageKind: 'profile', countsHiddenLoggedOut: true });
  });

  it('tells the scout that Instagram hides the counts from logged-out visitors', () => {
    expect(extract(capture(url, 'loggedout-2026-profile.html')).warnings).toContain(
      'Instagram hides like and comment counts from logged-out visitors: log in and score again.');
  });
});

describe('instagram 2023–2026, logged in: PolarisProfilePageContentQuery and the user timeline connection', () => {
  const r = read('https://www.instagram.com/harbor.light/', 'loggedin-profile-query.json', 'loggedin-timeline.json');

  it('reads the counts of data.user', () => {
    expect(r).toMatchObject({ followers: 15320, following: 88, postsCount: 412, category: 'Photographer', displayName: 'Harbor Light' });
    expect(r.sources.followers).toBe('payload: /loggedin-profile-query.json @ data.user');
  });

  it('reads api/v1 media: plays, sponsors, pins, hidden likes; a carousel child is not a post', () => {
    expect(r.posts.map((p) => p.id)).toEqual(['HlPost00001', 'HlPost00002', 'HlPost00003', 'HlCollab004']);
    expect(r.posts[0]).toMatchObject({ kind: 'reel', likes: 512, comments: 31, views: 20400, pinned: true, caption: 'Evening light HlPost00001' });
    expect(r.posts[1]).toMatchObject({ kind: 'carousel', paidPartnership: true, sponsors: ['tidewater.co'], disclosureLabel: 'Paid partnership with tidewater.co' });
    expect(r.posts[2]).toMatchObject({ likes: null, likesHidden: true, comments: 7 });
    expect(r.hints.countsHiddenLoggedOut).toBe(false);
  });

  it("keeps a collaboration the creator co-authored, and drops the other creator's own post", () => {
    expect(r.posts.find((p) => p.id === 'HlCollab004')).toMatchObject({ likes: 900 });
    expect(r.posts.some((p) => p.id === 'NotOurs0005')).toBe(false);
  });

  it('never takes a caption for a comment', () => {
    expect(r.comments).toEqual([]);
  });
});

describe('instagram reels tab: edges[].node.media', () => {
  it('reads each reel inside its node', () => {
    const r = read('https://www.instagram.com/harbor.light/reels/', 'loggedin-reels-tab.json');
    expect(r.posts).toEqual([expect.objectContaining({ id: 'HlReel00001', kind: 'reel', likes: 77, comments: 5, views: 3100, caption: '' })]);
    expect(r.hints.pageKind).toBe('profile');
  });
});

describe('instagram 2026 post page, logged out: xig_polaris_media', () => {
  const url = 'https://www.instagram.com/p/WvPost00001/';
  const r = read(url, 'loggedout-2026-post.html');

  it('names the creator from the owner inside if_not_gated_logged_out, with the counts it holds', () => {
    expect(r).toMatchObject({ handle: 'wave.verse', displayName: 'Wave Verse', verified: true, followers: null });
    expect(r.posts).toEqual([expect.objectContaining({ id: 'WvPost00001', kind: 'carousel', likes: 1240, comments: 3 })]);
    expect(r.hints).toMatchObject({ pageKind: 'post', countsHiddenLoggedOut: false });
  });

  it('reads the visible comments, the reply under its parent, and not the caption', () => {
    expect(r.comments.map((c) => [c.author, c.isReply, c.likes])).toEqual([['tide.reader', false, 4], ['wave.verse', true, 1], ['gull.watch', false, 0]]);
    expect(r.comments.every((c) => c.postId === 'WvPost00001')).toBe(true);
  });

  it('gives a snapshot that says why followers are unknown', () => {
    const s = extract(capture(url, 'loggedout-2026-post.html'));
    expect(s).toMatchObject({ handle: 'wave.verse', followers: null });
    expect(s.warnings).toContain('This is a post by @wave.verse: open the profile to score followers.');
  });
});

describe('instagram post query: data.shortcode_media beside graphql.shortcode_media', () => {
  it('reads the post, its owner and its comments', () => {
    const r = read('https://www.instagram.com/p/DsPost00001/', 'data-shortcode-media.json');
    expect(r).toMatchObject({ handle: 'grain.house', displayName: 'Grain House', verified: false });
    expect(r.posts).toEqual([expect.objectContaining({ id: 'DsPost00001', kind: 'photo', likes: 64, comments: 1, caption: 'Shot on expired film', paidPartnership: false })]);
    expect(r.comments).toEqual([expect.objectContaining({ author: 'film.friend', text: 'Lovely grain', likes: 2, isReply: false })]);
  });
});

describe('instagram 2024 GraphQL timeline: no user object, an owner in each node', () => {
  it('reads the posts, not the sidecar child, with sponsors from the sponsor edge', () => {
    const r = read('https://www.instagram.com/loom.lane/', 'graphql-timeline-2024.json');
    expect(r.posts.map((p) => [p.id, p.kind, p.likes, p.comments, p.views, p.paidPartnership])).toEqual([
      ['GtVid000001', 'reel', 410, 22, 5000, false], ['GtCar000002', 'carousel', 120, 4, null, true],
    ]);
    expect(r.posts[1]!.sponsors).toEqual(['yarn.depot']);
    expect(r.followers).toBeNull();
  });
});

describe('instagram: the true reason when a page cannot be scored', () => {
  it('an account that is gone', () => {
    const err = refusal('https://www.instagram.com/gone.account/', 'unavailable.html');
    expect(err.reason).toBe('unavailable');
    expect(err.message).toBe('This Instagram account is unavailable (banned or deleted), so there is nothing to score.');
  });

  it('a private account is scored with what it shows, and says why engagement is missing', () => {
    const s = extract(capture('https://www.instagram.com/private.person/', 'logged-out-header.html'));
    expect(s).toMatchObject({ isPrivate: true, followers: 2345678 });
    expect(s.warnings).toContain('This account is private: its posts are not visible, so engagement cannot be measured.');
  });

  it('a comment page that names no post owner says so', () => {
    const err = refusal('https://www.instagram.com/p/CmOnly00001/', 'comments-only.json');
    expect(err.reason).toBe('no-creator');
    expect(read('https://www.instagram.com/p/CmOnly00001/', 'comments-only.json').comments.map((c) => c.author)).toEqual(['seed.saver', 'pot.bound']);
  });

  it("an address whose document still shows another creator reads nothing of theirs, and says whom it shows", () => {
    // The meta tag and header describe lumen.loom; the address names someone else.
    const err = refusal('https://www.instagram.com/someone.else/', 'dom-only.html');
    expect(err.reason).toBe('still-loading');
    expect(err.message).toContain('it still shows @lumen.loom, not @someone.else');
    const r = read('https://www.instagram.com/someone.else/', 'dom-only.html');
    expect([r.followers, r.following, r.postsCount, r.displayName, r.posts.length]).toEqual([null, null, null, null, 0]);
  });
});

describe('instagram: these pages read the same with their wrappers renamed, nested deeper and reordered', () => {
  const essentials = (r: PageRead) => ({
    handle: r.handle, followers: r.followers, following: r.following, postsCount: r.postsCount, displayName: r.displayName, verified: r.verified,
    posts: Object.fromEntries(r.posts.map((p) => [p.id, [p.likes, p.comments, p.views, p.paidPartnership]])), comments: r.comments.length,
  });
  it.each([
    ['https://www.instagram.com/fern.and.fable/', 'loggedout-2026-profile.html'],
    ['https://www.instagram.com/harbor.light/', 'loggedin-profile-query.json', 'loggedin-timeline.json'],
    ['https://www.instagram.com/harbor.light/reels/', 'loggedin-reels-tab.json'],
    ['https://www.instagram.com/p/WvPost00001/', 'loggedout-2026-post.html'],
    ['https://www.instagram.com/p/DsPost00001/', 'data-shortcode-media.json'],
    ['https://www.instagram.com/loom.lane/', 'graphql-timeline-2024.json'],
    ['https://www.instagram.com/reel/Xq1Ab2Cd3Ef/', 'post-with-comments.json'],
    ['https://www.instagram.com/stories/north.trail/', 'story-sponsor.json'],
  ])('%s', (url, ...files) => {
    const original = capture(url, ...files);
    const mutated = mutateCapture(original, new Set(NAMED_KEYS));
    expect(mutated.renamed).toBeGreaterThan(0);
    expect(essentials(readPage(mutated.capture)!)).toEqual(essentials(readPage(original)!));
  });
});
