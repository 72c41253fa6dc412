import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { ExtractError } from '@/lib/core/model/errors';
import { extract, readPage } from '@/lib/core/platforms';

const AT = '2026-02-01T00:00:00.000Z';
const fixture = (name: string) => join(__dirname, '../fixtures/instagram', name);
const read = (url: string, ...files: string[]) => readPage(captureFromFiles(url, files.map(fixture), AT))!;

describe('instagram: an open post', () => {
  const r = read('https://www.instagram.com/reel/Xq1Ab2Cd3Ef/', 'post-with-comments.json');

  it('names the creator from the post owner', () => {
    expect(r.handle).toBe('kiln.and.rain');
    expect(r.followers).toBe(5120);
    expect(r.sources.followers).toBe('payload: /post-with-comments.json @ graphql.shortcode_media.owner');
  });

  it('reads the post with its kind, counts, time and tags', () => {
    expect(r.posts).toHaveLength(1);
    expect(r.posts[0]).toMatchObject({
      id: 'Xq1Ab2Cd3Ef', url: 'https://www.instagram.com/reel/Xq1Ab2Cd3Ef/', kind: 'reel', likes: 388, views: 4210,
      publishedAt: '2026-01-01T00:00:00.000Z', publishedPrecision: 'second', hashtags: ['pottery'], mentions: ['clayfriend'],
      paidPartnership: false, disclosureLabel: null,
    });
  });

  it('reads comments with replies right after their parent', () => {
    expect(r.comments.map((c) => [c.author, c.isReply, c.likes])).toEqual([
      ['mugcollector', false, 4], ['kiln.and.rain', true, 2], ['slowmornings', false, 0],
    ]);
    expect(r.comments[0]).toMatchObject({ postId: 'Xq1Ab2Cd3Ef', publishedAt: '2026-01-01T01:00:00.000Z' });
  });
});

describe('instagram: hidden like counts', () => {
  const r = read('https://www.instagram.com/p/Hh7Gg6Ff5Ee/', 'hidden-likes.json');

  it('leaves likes and views unknown, never zero', () => {
    expect(r.posts[0]).toMatchObject({ likes: null, likesHidden: true, views: null, comments: 12, kind: 'video' });
  });

  it('reads the embedded comments once, though preview_comments repeats them', () => {
    expect(r.comments).toEqual([expect.objectContaining({ author: 'fan_one', text: 'Love it', likes: 3 })]);
    expect(r).toMatchObject({ handle: 'quiet.studio', displayName: 'Quiet Studio', verified: true, followers: null });
  });
});

describe('instagram: profile grid and its scroll pages', () => {
  const r = read('https://www.instagram.com/north.trail/', 'timeline-page1.json', 'timeline-page2.json');

  it('merges scroll pages in order, without duplicates or other owners', () => {
    expect(r.posts.map((p) => p.id)).toEqual(['Pg1Aaaaaaaa', 'Pg1Bbbbbbbb', 'Pg1Cccccccc', 'Pg2Dddddddd']);
    // The first page fixes a post's values; a later page fills only what was missing.
    expect(r.posts[2]).toMatchObject({ likes: 98, views: 5400, caption: 'Late caption', kind: 'reel' });
    expect(r.posts[0]!.pinned).toBe(true);
    const list = 'data.xdt_api__v1__feed__user_timeline_graphql_connection.edges[].node';
    expect(r.sources.posts).toBe(`payload: /timeline-page1.json @ ${list}; payload: /timeline-page2.json @ ${list}`);
  });

  it('reads the paid-partnership label and the brand it names', () => {
    expect(r.posts[1]).toMatchObject({
      kind: 'carousel', paidPartnership: true, sponsors: ['summitgear'], disclosureLabel: 'Paid partnership with summitgear',
      hashtags: ['ad'], mentions: ['summitgear'],
    });
    expect(r.posts.filter((p) => p.paidPartnership).map((p) => p.id)).toEqual(['Pg1Bbbbbbbb']);
  });
});

describe('instagram: stories', () => {
  const r = read('https://www.instagram.com/stories/north.trail/', 'story-sponsor.json');

  it('names a story by its media id and keeps its sponsor', () => {
    expect(r.handle).toBe('north.trail');
    expect(r.posts[0]).toMatchObject({
      id: '3300112233445566778', kind: 'story', url: 'https://www.instagram.com/stories/north.trail/3300112233445566778/',
      paidPartnership: true, sponsors: ['summitgear'], disclosureLabel: 'Paid partnership with summitgear',
      hashtags: ['ad'], mentions: ['summitgear'], likes: null,
    });
    // No sponsor field at all: unknown, not "not sponsored".
    expect(r.posts[1]).toMatchObject({ id: '3300112233445566779', paidPartnership: null });
  });
});

describe('instagram: the page header when no JSON reached us', () => {
  it('reads the exact follower count from the tooltip over the rounded text and the meta', () => {
    const r = read('https://www.instagram.com/lumen.loom/', 'dom-only.html');
    expect(r).toMatchObject({ followers: 12507, following: 431, postsCount: 57, verified: true, displayName: 'Lumen Loom' });
    expect(r.approximate).not.toContain('followers');
    expect(r.sources.followers).toMatch(/^dom: header a\[href\$="\/followers\/"\] span\[title\] \(also: meta: description showed 12500; dom: .* showed 12500\)$/);
  });

  it('falls back to the grid links for post ids, in grid order', () => {
    const r = read('https://www.instagram.com/lumen.loom/', 'dom-only.html');
    expect(r.posts.map((p) => [p.id, p.kind])).toEqual([['DomAaaaaaa1', null], ['DomBbbbbbb2', 'reel'], ['DomCcccccc3', null]]);
    expect(r.sources.posts).toMatch(/^dom: /);
  });

  it('reads the logged-out header, where counts are not links', () => {
    const r = read('https://www.instagram.com/private.person/', 'logged-out-header.html');
    expect(r).toMatchObject({ followers: 2345678, following: 18, postsCount: 1204, isPrivate: true, verified: null });
    expect(r.sources.followers).toMatch(/^dom: header section ul li span\[title\]/);
    expect(r.hints.loggedOut).toBe(true);
  });

  it('prefers the profile JSON to the header, and says what the header showed', () => {
    const r = read('https://www.instagram.com/lumen.loom/', 'dom-only.html', 'profile-info.json');
    expect(r).toMatchObject({ followers: 12511, postsCount: 58, category: 'Artist', displayName: 'Lumen Loom | weaving' });
    expect(r.externalLinks).toEqual(['https://lumen-loom.example/studio', 'https://lumen-loom.example/shop']);
    expect(r.sources.followers).toMatch(/^payload: \/profile-info\.json @ data\.user \(also: .*dom: header a\[href\$="\/followers\/"\] span\[title\] showed 12507/);
  });
});

describe('instagram: the label on an open post', () => {
  it('reads "Paid partnership with <brand>" from the post header when no JSON says so', () => {
    const r = read('https://www.instagram.com/p/LblAaaaaaa1/', 'post-label.html');
    expect(r.posts).toEqual([expect.objectContaining({
      id: 'LblAaaaaaa1', paidPartnership: true, disclosureLabel: 'Paid partnership with tidepool.tea', sponsors: ['tidepool.tea'],
    })]);
    expect(r.sources.posts).toBe('dom: open post header');
  });
});

describe('instagram: pages without a creator, and nonsense', () => {
  it('reads every post of a feed but names no creator, so extract refuses it', () => {
    const capture = captureFromFiles('https://www.instagram.com/', [fixture('timeline-page2.json')], AT);
    expect(readPage(capture)!.posts.map((p) => p.id)).toEqual(['Pg1Cccccccc', 'Pg2Dddddddd', 'Pg2Eeeeeeee']);
    expect(() => extract(capture)).toThrow(ExtractError);
  });

  it('never throws, and never reports a negative or fractional count', () => {
    for (const url of ['https://www.instagram.com/p/Bad1Bad1Bad/', 'https://www.instagram.com/someone/', 'https://www.instagram.com/stories/someone/']) {
      const r = read(url, 'broken.json');
      for (const p of r.posts) for (const n of [p.likes, p.comments, p.views]) expect(n === null || (Number.isInteger(n) && n >= 0)).toBe(true);
      expect(r.followers).toBeNull();
      expect(r.comments).toEqual([]);
    }
    expect(() => extract(captureFromFiles('https://www.instagram.com/someone/', [fixture('broken.json')], AT))).toThrow(ExtractError);
  });
});
