// The audience fields an Instagram post page gives: comment ids and threads, the creator's
// replies and likes, default pictures, pins, and where the creator tagged the post. Each case
// is read from small fixtures of the two shapes Instagram has served comments in (GraphQL
// shortcode_media 2015–2025, api/v1 and its xdt_ GraphQL wrappers 2016–2026).
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import type { PageCapture } from '@/lib/core/model/capture';
import { Comment, Post } from '@/lib/core/model/snapshot';
import { readPage } from '@/lib/core/platforms';
import { NAMED_KEYS } from '@/lib/core/platforms/instagram/shapes';
import { mutateCapture } from './mutate-wrappers';

const AT = '2026-02-01T00:00:00.000Z';
const fixture = (name: string) => join(__dirname, '../fixtures/instagram-audience', name);
const capture = (url: string, file: string) => captureFromFiles(url, [fixture(file)], AT);
const read = (c: PageCapture) => readPage(c)!;
const inline = (url: string, body: unknown): PageCapture => ({ url, doc: new JSDOM('<!doctype html>', { url }).window.document, payloads: [{ url: 'file:inline.json', body }], capturedAt: AT });

const GRAPHQL_URL = 'https://www.instagram.com/p/GqAud1ence1/';
const API_URL = 'https://www.instagram.com/p/ApiAudienc2/';
const audience = (c: Comment) => [c.author, c.id, c.isReply, c.replyTo, c.byCreator, c.likedByCreator, c.authorDefaultAvatar, c.pinned];

describe('instagram audience: a GraphQL post (edge_threaded_comments)', () => {
  const r = read(capture(GRAPHQL_URL, 'graphql-post.json'));

  it('gives each comment its id, ties replies to their top comment, and marks the owner by id', () => {
    expect(r.handle).toBe('harbour.lights');
    expect(r.comments.map(audience)).toEqual([
      // author, id, isReply, replyTo, byCreator, likedByCreator, defaultAvatar, pinned
      ['gull.watcher', '7001', false, null, false, null, true, null],
      ['harbour.lights', '7002', true, '7001', true, null, false, null],
      ['tide.table', '7003', true, '7001', false, null, false, null],
      ['fog.horn', '7004', false, null, false, null, false, null],
      ['net.mender', '7005', true, '7004', false, null, null, null],
      ['harbour.lights', '7006', false, null, true, null, false, null],
    ]);
  });

  it('never reads the viewer\'s own like (viewer_has_liked) as the creator\'s', () => {
    // 7001 and 7002 carry viewer_has_liked: true; GraphQL says nothing of the owner's like.
    expect(r.comments.every((c) => c.likedByCreator === null)).toBe(true);
  });

  it('keeps a preview comment once, with the full list\'s fields', () => {
    expect(r.comments.filter((c) => c.text === 'Which pier is this?')).toHaveLength(1);
  });

  it('reads the tagged place with its country from address_json, the name tidied', () => {
    expect(r.posts[0]?.location).toEqual({ name: 'Whitby Harbour', country: 'GB' });
    expect(() => Post.parse(r.posts[0])).not.toThrow();
    for (const c of r.comments) expect(() => Comment.parse(c)).not.toThrow();
  });
});

describe('instagram audience: an api/v1 post (xdt comments connection)', () => {
  const r = read(capture(API_URL, 'api-post.json'));
  const by = (pk: string) => r.comments.find((c) => c.id === pk);

  it('reads threads from preview_child_comments and from parent_comment_id', () => {
    expect(r.handle).toBe('clay.studio');
    expect(r.comments.map(audience)).toEqual([
      ['glaze.nerd', '101', false, null, false, true, true, true],
      ['clay.studio', '102', true, '101', true, false, false, null],
      ['kiln.fan', '103', false, null, false, null, true, null],
      ['clay.studio', '104', true, '103', true, null, null, null],
      ['shopper.1984', '105', false, null, false, false, false, null],
      // A 17-digit pk sent as a number was rounded by JSON.parse: no id rather than a wrong one.
      ['early.bird', null, false, null, false, null, null, null],
    ]);
  });

  it('reads the creator\'s like from is_liked_by_media_owner only, never has_liked_comment (the viewer\'s)', () => {
    // 103 and 104 carry only has_liked_comment: true.
    expect(by('103')?.likedByCreator).toBeNull();
    expect(by('104')?.likedByCreator).toBeNull();
    // 102 has has_liked_comment: true but is_liked_by_media_owner: false.
    expect(by('102')?.likedByCreator).toBe(false);
    expect(by('101')?.likedByCreator).toBe(true);
  });

  it('reads the place and a lower-case country_code on it', () => {
    expect(r.posts[0]?.location).toEqual({ name: 'Clay Studio Lisbon', country: 'PT' });
  });
});

describe('instagram audience: the creator is compared by id, else by handle, else unknown', () => {
  const post = (owner: Record<string, unknown>, commenter: Record<string, unknown>) => ({
    shortcode: 'InlinePost1', taken_at_timestamp: 1767225600, owner,
    edge_media_to_parent_comment: { edges: [{ node: { id: '1', text: 'hello there', created_at: 1767229200, owner: commenter } }] },
  });
  const url = 'https://www.instagram.com/p/InlinePost1/';
  const first = (body: unknown) => read(inline(url, body)).comments[0];

  it('by handle when the owner block gives no id', () => {
    expect(first(post({ username: 'maker' }, { id: '77', username: 'Maker' }))?.byCreator).toBe(true);
    expect(first(post({ username: 'maker' }, { id: '77', username: 'maker2' }))?.byCreator).toBe(false);
  });

  it('by id when both give one', () => {
    expect(first(post({ id: '5', username: 'maker' }, { id: '5', username: 'maker' }))?.byCreator).toBe(true);
    expect(first(post({ id: '5', username: 'maker' }, { id: '6', username: 'maker' }))?.byCreator).toBe(false);
  });

  it('unknown when the page names no creator (a comment page on its own)', () => {
    const page = { data: { shortcode_media: { edge_media_to_comment: { edges: [{ node: { id: '9', text: 'hi', created_at: 1767229200, owner: { id: '3', username: 'someone' } } }] } } } };
    const r = read(inline(url, page));
    expect(r.handle).toBeNull();
    expect(r.comments.map((c) => [c.id, c.byCreator, c.likedByCreator, c.authorDefaultAvatar])).toEqual([['9', null, null, null]]);
  });
});

describe('instagram audience: a post\'s location is hostile data', () => {
  const withLocation = (location: unknown) => ({ shortcode: 'LocPost0001', taken_at_timestamp: 1767225600, owner: { username: 'maker' }, location });
  const loc = (location: unknown) => read(inline('https://www.instagram.com/p/LocPost0001/', withLocation(location))).posts[0]?.location;

  it('is null when untagged or not an object', () => {
    expect(loc(null)).toBeNull();
    expect(loc('Paris')).toBeNull();
    expect(loc({ id: '1', slug: 'x' })).toBeNull();
  });

  it('reads a Python-style address_json by pattern, and a blank or malformed code as unknown', () => {
    const py = '{"street_address": "Hobbs Lane", "country_code": "FR", "exact_city_match": False}';
    expect(loc({ name: 'Rye', address_json: py })).toEqual({ name: 'Rye', country: 'FR' });
    expect(loc({ name: 'Rye', address_json: '{"country_code": ""}' })).toEqual({ name: 'Rye', country: null });
    expect(loc({ name: 'Rye', address_json: '{"country_code": "GBR"}' })).toEqual({ name: 'Rye', country: null });
    expect(loc({ name: 'Rye', address_json: '{"country_code": "1A"}' })).toEqual({ name: 'Rye', country: null });
    expect(loc({ name: 'Rye', country_code: 44 })).toEqual({ name: 'Rye', country: null });
    expect(loc({ address_json: { country_code: 'DE' } })).toEqual({ name: null, country: 'DE' });
  });

  it('caps a long name at 200 characters without splitting an emoji', () => {
    const got = loc({ name: `${'a'.repeat(199)}🌊🌊🌊` });
    expect(got?.name).toBe('a'.repeat(199));
    expect(() => Post.shape.location.parse(loc({ name: '🌊'.repeat(500) }))).not.toThrow();
  });
});

describe('instagram audience: the new fields survive renamed wrappers', () => {
  it.each([[GRAPHQL_URL, 'graphql-post.json'], [API_URL, 'api-post.json']])('%s', (url, file) => {
    const c = capture(url, file);
    const fields = (x: ReturnType<typeof read>) => ({ comments: x.comments.map(audience), location: x.posts.map((p) => p.location) });
    const mutated = mutateCapture(c, new Set(NAMED_KEYS));
    expect(mutated.renamed).toBeGreaterThan(0);
    expect(fields(read(mutated.capture))).toEqual(fields(read(c)));
  });
});
