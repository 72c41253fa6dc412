import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PageCapture } from '@/lib/core/model/capture';
import { extract, readPage } from '@/lib/core/platforms';
import { mediaIdOfCode } from '@/lib/core/platforms/instagram/post-proof';
import { postFromMedia } from '@/lib/core/platforms/instagram/posts';
import { isFollowStat } from '@/lib/core/platforms/instagram/shapes';
import { refusalOf } from '../helpers/captures';

// Review round 2: every number belongs to the creator in the address bar; a hostile object costs only itself.
// Invented creators throughout; the sample page is tests/fixtures/samples/ig-current.html.
const AT = '2026-11-20T12:00:00.000Z';
const cap = (url: string, html: string, payloads: PageCapture['payloads'] = []): PageCapture =>
  ({ url, doc: new JSDOM(html, { url }).window.document, payloads, capturedAt: AT });
const sjs = (o: unknown) => `<script type="application/json" data-sjs>${JSON.stringify(o)}</script>`;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const refusal = refusalOf;

const follow = (handle: string, count: number) => ({
  '@type': 'Person', alternateName: `@${handle}`,
  mainEntityofPage: { '@type': 'ProfilePage', '@id': `https://www.instagram.com/${handle}/`,
    interactionStatistic: { '@type': 'InteractionCounter', interactionType: 'http://schema.org/FollowAction', userInteractionCount: count } },
});

describe("instagram JSON-LD: the follower count counts only when it names this creator", () => {
  const page = (user: unknown, jsonLd: unknown) => `<html><head>${ld(jsonLd)}</head><body>${sjs({ data: { user } })}</body></html>`;

  it("another creator's JSON-LD gives no follower count", () => {
    const r = readPage(cap('https://www.instagram.com/victim/', page({ username: 'victim', follower_count: null, media_count: 3 }, follow('other', 999999))))!;
    expect(r.followers).toBeNull();
  });

  it("a stale JSON-LD beside the creator's own count makes no disagreement", () => {
    const r = readPage(cap('https://www.instagram.com/victim/', page({ username: 'victim', follower_count: 10 }, follow('other', 999999))))!;
    expect(r.followers).toBe(10);
    expect(r.disagreements).toEqual([]);
  });

  it("this creator's JSON-LD is read, by alternateName or by the profile's URL alone", () => {
    const own = readPage(cap('https://www.instagram.com/victim/', page({ username: 'victim', follower_count: null }, follow('victim', 4321))))!;
    expect(own.followers).toBe(4321);
    const byUrl = { '@type': 'ProfilePage', '@id': 'https://www.instagram.com/victim/', interactionStatistic: [{ interactionType: { '@type': 'FollowAction' }, userInteractionCount: '77' }] };
    expect(readPage(cap('https://www.instagram.com/victim/', page({ username: 'victim', follower_count: null }, byUrl)))!.followers).toBe(77);
    const mixed = { ...follow('victim', 5), mainEntityofPage: { '@id': 'https://www.instagram.com/other/', interactionStatistic: follow('x', 5).mainEntityofPage.interactionStatistic } };
    expect(readPage(cap('https://www.instagram.com/victim/', page({ username: 'victim', follower_count: null }, mixed)))!.followers).toBeNull();
  });
});

describe('instagram: one hostile object costs only itself', () => {
  const N = 200_000;
  const deep = JSON.parse(`{"userInteractionCount":5,"interactionType":${'['.repeat(N)}"Follow"${']'.repeat(N)}}`) as Record<string, unknown>;

  it('a 200k-deep interactionType is no follower statistic, and the test does not throw', () => {
    expect(() => isFollowStat(deep)).not.toThrow();
    expect(isFollowStat(deep)).toBe(false);
  });

  const huge = Array.from({ length: 300_000 }, () => 1);
  const node = { shortcode: 'AAA', __typename: 'GraphImage', edge_liked_by: { count: 5 }, edge_media_to_caption: { edges: huge }, edge_media_to_sponsor_user: { edges: huge } };

  it('a 300k-item caption edge list neither throws nor hides the post', () => {
    expect(postFromMedia(node)).toMatchObject({ id: 'AAA', likes: 5, caption: '' });
    const body = { data: { user: { username: 'victim', follower_count: 10, edge_owner_to_timeline_media: { count: 1, edges: [{ node }] } } } };
    const s = extract(cap('https://www.instagram.com/victim/', '<html></html>', [{ url: 'https://www.instagram.com/graphql/query', body }]));
    expect(s.posts.map((p) => [p.id, p.likes])).toEqual([['AAA', 5]]);
  });

  it('a body larger than the reader reads is named in the warnings', () => {
    const body = { a: Array.from({ length: 25_000 }, (_, i) => ({ i })), data: { user: { username: 'victim', follower_count: 10 } } };
    const s = extract(cap('https://www.instagram.com/victim/', '<html></html>', [{ url: 'https://www.instagram.com/graphql/query', body }]));
    expect(s.warnings).toContain('Part of payload: www.instagram.com/graphql/query was not read: it is larger than Microscope reads (a list of over 20000 items).');
  });
});

describe('instagram: a refusal names the creator the page still shows', () => {
  const S = join(__dirname, '../fixtures/samples');
  const sample = readFileSync(join(S, 'ig-current.html'), 'utf8');
  // The app changed the address first: nothing declares the page, and everything still shows wren.wears.again.
  const undeclared = sample.replace(/<link rel="canonical"[^>]*>/, '').replace(/<meta property="og:url"[^>]*>/, '');
  const payloads = ['ig-current.web_profile_info.json', 'ig-current.timeline_graphql.json']
    .map((f) => ({ url: `https://www.instagram.com/api/${f}`, body: JSON.parse(readFileSync(join(S, f), 'utf8')) as unknown }));

  it('says "still loading", not "layout changed", with the shown handle', () => {
    expect(undeclared).not.toMatch(/rel="canonical"|og:url/);
    const e = refusal(cap('https://www.instagram.com/victim.one/', undeclared, payloads));
    expect([e.reason, e.message]).toEqual(['still-loading',
      'The page is still loading this profile: it still shows @wren.wears.again, not @victim.one. Wait a moment and score again.']);
  });

  it('names a JSON user with counts when the document shows no handle', () => {
    const e = refusal(cap('https://www.instagram.com/victim.one/', '<html></html>', payloads));
    expect(e.message).toContain('it still shows @wren.wears.again, not @victim.one');
  });
});

describe("instagram post page: another post's comments are never this post's", () => {
  const comments = (who: string) => ({ data: { xdt_api__v1__media__media_id__comments__connection: { edges: [
    { node: { pk: '1', text: `hi from ${who}`, created_at: 1790000000, user: { username: who } } },
  ] } } });
  const post = (code: string) => ({ data: { xdt_shortcode_media: { code, taken_at: 1790000000, media_type: 1, like_count: 9, user: { username: 'maker.one' } } } });
  const url = 'https://www.instagram.com/p/CodeThis001/';

  it("drops a stale comments response that names another post, or none", () => {
    const stale = [
      { url: `https://www.instagram.com/api/v1/media/${mediaIdOfCode('CodeOther01')}/comments/`, body: comments('old.fan') },
      { url: 'https://www.instagram.com/graphql/query', body: comments('unknown.fan') },
    ];
    const r = readPage(cap(url, '<html></html>', [{ url: 'https://www.instagram.com/graphql/query', body: post('CodeThis001') }, ...stale]))!;
    expect(r.posts.map((p) => p.id)).toEqual(['CodeThis001']);
    expect(r.comments).toEqual([]);
  });

  it("reads a comments response whose address names this post, by media id or shortcode", () => {
    const own = [
      { url: `https://www.instagram.com/api/v1/media/${mediaIdOfCode('CodeThis001')}/comments/?can_support_threading=true`, body: comments('new.fan') },
      { url: `https://www.instagram.com/graphql/query/?variables=${encodeURIComponent('{"shortcode":"CodeThis001"}')}`, body: comments('other.fan') },
    ];
    expect(readPage(cap(url, '<html></html>', own))!.comments.map((c) => c.author)).toEqual(['new.fan', 'other.fan']);
  });

  it("drops embedded comments when the document is still the previous post's", () => {
    const previous = `<html><body>${sjs(post('CodeOther01'))}${sjs(post('CodeThis001'))}${sjs(comments('old.fan'))}</body></html>`;
    expect(readPage(cap(url, previous))!.comments).toEqual([]);
    const declared = previous.replace('<html>', '<html><head><link rel="canonical" href="https://www.instagram.com/p/CodeThis001/"></head>');
    expect(readPage(cap(url, declared))!.comments.map((c) => c.author)).toEqual(['old.fan']);
  });
});
