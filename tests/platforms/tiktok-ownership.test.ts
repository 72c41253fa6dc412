import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PageCapture } from '@/lib/core/model/capture';
import { readPage } from '@/lib/core/platforms';
import { NAMED_KEYS } from '@/lib/core/platforms/tiktok/shapes';
import { mutateWrappers } from './mutate-wrappers';
import { refusalOf } from '../helpers/captures';

// Review round 2 (issue 11 §3b): every number must belong to the creator in the address bar,
// while the tab still holds responses and documents of creators and videos seen before.
// Invented creators; each case failed before its fix.
const AT = '2026-11-20T12:00:00.000Z';
type Payload = { url: string; body: unknown };
const cap = (url: string, html = '<html><body></body></html>', payloads: Payload[] = []): PageCapture =>
  ({ url, doc: new JSDOM(html, { url }).window.document, payloads, capturedAt: AT });
const sigi = (o: unknown) => `<html><body><script id="SIGI_STATE" type="application/json">${JSON.stringify(o)}</script></body></html>`;
const refusal = refusalOf;
const item = (id: string, likes: number, author?: string) => ({ id, createTime: 1789000000, stats: { diggCount: likes, playCount: likes * 10 }, ...(author ? { author: { uniqueId: author } } : {}) });

describe('SIGI counts keyed by handle go to the user under exactly that key', () => {
  const users = { abc: { uniqueId: 'abc', nickname: 'A' }, abc_def: { uniqueId: 'abc_def', nickname: 'D' } };
  const state = { UserModule: { users, stats: { abc_def: { followerCount: 5000000, heartCount: 1, videoCount: 3 }, abc: { followerCount: 120, heartCount: 7, videoCount: 2 } } } };

  it('does not give @abc the counts under abc_def, nor @khaby those under khaby.lame', () => {
    const read = readPage(cap('https://www.tiktok.com/@abc', sigi(state)))!;
    expect([read.followers, read.totalLikes, read.sources.followers]).toEqual([120, 7, 'json: SIGI_STATE @ UserModule.stats.abc']);
    const dotted = { UserModule: { users: { khaby: { uniqueId: 'khaby', nickname: 'K' }, 'khaby.lame': { uniqueId: 'khaby.lame', nickname: 'KL' } }, stats: { 'khaby.lame': { followerCount: 163000000, heartCount: 1, videoCount: 3 } } } };
    expect(readPage(cap('https://www.tiktok.com/@khaby', sigi(dotted)))!.followers).toBeNull();
    expect(readPage(cap('https://www.tiktok.com/@khaby.lame', sigi(dotted)))!.followers).toBe(163000000);
  });

  it('pairs the same way when the keys are renamed and wrapped (the mutation test\'s layout change)', () => {
    const mutated = mutateWrappers(state, new Set(NAMED_KEYS), { renamed: 0 });
    expect(JSON.stringify(mutated)).toContain('"abc_x"');
    expect(readPage(cap('https://www.tiktok.com/@abc', sigi(mutated)))!.followers).toBe(120);
    expect(readPage(cap('https://www.tiktok.com/@abc_def', sigi(mutated)))!.followers).toBe(5000000);
  });
});

describe('comments count only on their own video\'s page', () => {
  const foreign = { url: 'https://www.tiktok.com/api/comment/list/?aweme_id=7300000000000000009', body: { comments: [
    { cid: '1', text: 'hi', aweme_id: '7300000000000000009', create_time: 1700000000, user: { unique_id: 'someone' } }] } };

  it('keeps no comment on a profile page', () => {
    expect(readPage(cap('https://www.tiktok.com/@victim', undefined, [foreign]))!.comments).toEqual([]);
    expect(refusal(cap('https://www.tiktok.com/@victim', undefined, [foreign])).reason).toBe('layout-changed');
  });

  it('on a video page, keeps a comment without aweme_id only when its page was fetched for that video', () => {
    const bare = (url: string, cid: string) => ({ url, body: { comments: [{ cid, text: `c${cid}`, create_time: 1700000000, user: { unique_id: 'fan' } }] } });
    const page = cap('https://www.tiktok.com/@victim/video/7300000000000000001', undefined, [
      foreign, bare('https://www.tiktok.com/api/comment/list/?aweme_id=7300000000000000008', '2'), bare('https://www.tiktok.com/api/comment/list/?aweme_id=7300000000000000001', '3')]);
    expect(readPage(page)!.comments.map((c) => [c.text, c.postId])).toEqual([['c3', '7300000000000000001']]);
  });
});

describe('items that name no author are the creator\'s only in a body proven to be theirs', () => {
  const ownerless = [item('7300000000000000001', 100), item('7300000000000000002', 200)];

  it('does not give @victim a stale item_list of another creator', () => {
    const stale = { url: 'https://www.tiktok.com/api/post/item_list/?secUid=MS4wPrev&count=35', body: { itemList: ownerless } };
    expect(readPage(cap('https://www.tiktok.com/@victim', undefined, [stale]))!.posts).toEqual([]);
    const html = '<html><head><link rel="canonical" href="https://www.tiktok.com/@previous"></head><body></body></html>';
    expect(readPage(cap('https://www.tiktok.com/@victim', html, [stale]))!.posts).toEqual([]);
  });

  it('keeps them from a response fetched for the creator\'s secUid, or beside the creator\'s profile block', () => {
    const detail = { url: 'https://www.tiktok.com/api/user/detail/?uniqueId=victim', body: { userInfo: { user: { uniqueId: 'victim', nickname: 'V', secUid: 'MS4wVictim' }, stats: { followerCount: 10, videoCount: 2 } } } };
    const list = { url: 'https://www.tiktok.com/api/post/item_list/?secUid=MS4wVictim&count=35', body: { itemList: ownerless } };
    expect(readPage(cap('https://www.tiktok.com/@victim', undefined, [detail, list]))!.posts.map((p) => p.likes)).toEqual([100, 200]);
    const together = { url: 'https://www.tiktok.com/api/user/detail/', body: { userInfo: { ...detail.body.userInfo, itemList: ownerless } } };
    expect(readPage(cap('https://www.tiktok.com/@victim', undefined, [together]))!.posts).toHaveLength(2);
  });
});

describe('an account status counts only where it is about this creator', () => {
  const banned = (uniqueId: string) => ({ url: `https://www.tiktok.com/api/user/detail/?uniqueId=${uniqueId}`, body: { statusCode: 10221, statusMsg: 'user banned', userInfo: {} } });

  it('does not call @victim unavailable for a stale status fetched for another account', () => {
    const page = cap('https://www.tiktok.com/@victim', undefined, [banned('gone.before')]);
    expect(readPage(page)!.hints.unavailable).toBe(false);
    expect(refusal(page).reason).toBe('layout-changed');
    expect(refusal(cap('https://www.tiktok.com/@gone.before', undefined, [banned('gone.before')])).reason).toBe('unavailable');
  });

  it('does not count the served document\'s status when it declares another creator\'s page', () => {
    const scope = JSON.stringify({ __DEFAULT_SCOPE__: { 'webapp.user-detail': { statusCode: 10221, statusMsg: 'user banned' } } });
    const html = (canonical: string) => `<html><head><link rel="canonical" href="https://www.tiktok.com/@${canonical}"></head><body><script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">${scope}</script></body></html>`;
    expect(readPage(cap('https://www.tiktok.com/@victim', html('gone.before')))!.hints.unavailable).toBe(false);
    expect(readPage(cap('https://www.tiktok.com/@gone.before', html('gone.before')))!.hints.unavailable).toBe(true);
  });

  it('says the page still shows the previous creator when only their profile is present', () => {
    const previous = { url: 'https://www.tiktok.com/api/user/detail/?uniqueId=previous', body: { userInfo: { user: { uniqueId: 'previous', nickname: 'P' }, stats: { followerCount: 900, videoCount: 4 } } } };
    const page = cap('https://www.tiktok.com/@victim', undefined, [previous, banned('previous')]);
    expect(readPage(page)!.hints.showsOther).toBe('previous');
    const err = refusal(page);
    expect([err.reason, err.message]).toEqual(['still-loading', 'The page is still loading this profile: it still shows @previous, not @victim. Wait a moment and score again.']);
  });
});

describe('the grid order is applied in linear time', () => {
  it('orders 4,000 items against a 300,000-id list quickly', () => {
    const order = Array.from({ length: 300_000 }, (_, i) => String(7000000000000000000n + BigInt(i)));
    const items = Array.from({ length: 4_000 }, (_, i) => item(String(7000000000000299999n - BigInt(i)), 1, 'victim'));
    const page = cap('https://www.tiktok.com/@victim', undefined, [{ url: 'https://www.tiktok.com/api/post/item_list/', body: { list: order, itemList: items } }]);
    const start = performance.now();
    const posts = readPage(page)!.posts;
    // The comparator once looked each id up with indexOf: about 7 s here.
    expect(performance.now() - start).toBeLessThan(2_500);
    expect(posts.slice(0, 2).map((p) => p.id)).toEqual(['7000000000000296000', '7000000000000296001']);
  });
});
