import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '@/lib/core/model/errors';
import { scriptAssignment } from '@/lib/core/parse/embedded-json';
import { extract, readPage } from '@/lib/core/platforms';
import { dig, digAll } from '@/lib/core/platforms/youtube/dig';

// The observer keeps the whole tab session's responses: earlier channels' and videos' documents
// sit beside this page's. Each case below puts a stale one where it arrives in real browsing.
const DIR = fileURLToPath(new URL('../fixtures/youtube/', import.meta.url));
const NOW = '2026-03-17T12:00:00.000Z';
const json = (f: string): unknown => JSON.parse(readFileSync(join(DIR, f), 'utf8'));
const BROWSE = 'https://www.youtube.com/youtubei/v1/browse';
const NEXT = 'https://www.youtube.com/youtubei/v1/next';
const PEBBLE_ID = 'UCpebbleKitchen00000000a';

function page(url: string, payloads: { url: string; body: unknown }[]) {
  return { url, doc: new JSDOM('<html><body></body></html>', { url }).window.document, payloads, capturedAt: NOW };
}

/** Pebble Kitchen's watch page data (pkWatch0001), as the /next response of an in-page navigation. */
function pebbleNext(): unknown {
  return scriptAssignment(new JSDOM(readFileSync(join(DIR, 'watch-paid.html'), 'utf8')).window.document, 'var ytInitialData =');
}

/** Another channel's watch page: related videos whose tiles name no channel, and a teaser comment. */
const lockup = (id: string) => ({ lockupViewModel: { contentId: id, contentType: 'LOCKUP_CONTENT_TYPE_VIDEO', metadata: { lockupMetadataViewModel: { title: { content: `Related ${id}` }, metadata: { contentMetadataViewModel: { metadataRows: [{ metadataParts: [{ text: { content: '9.1M views' } }] }] } } } } } });
const otherNext = {
  currentVideoEndpoint: { watchEndpoint: { videoId: 'zzOther0001' } },
  contents: { twoColumnWatchNextResults: { secondaryResults: { secondaryResults: { results: [lockup('zzRelated01'), lockup('zzRelated02')] } } } },
  teaser: { '@type': 'Comment', author: { name: '@stranger' }, text: 'first!' },
};

/** comments-page.next.json as another video's comments page: its tokens name that video. */
function otherComments(): unknown {
  const text = readFileSync(join(DIR, 'comments-page.next.json'), 'utf8');
  // Eg0SC + base64 of "pkWatch0001" → of "zzOther0001" (the same 11 bytes, so the encoding lines up).
  const theirs = Buffer.from('\x12\x0d\x12\x0bzzOther0001', 'latin1').toString('base64').slice(0, 20);
  return JSON.parse(text.replaceAll('Eg0SC3BrV2F0Y2gwMDAx', theirs).replaceAll('@noodlefan', '@stranger.two'));
}

function refusal(c: ReturnType<typeof page>): ExtractError {
  try {
    extract(c);
  } catch (err) {
    if (err instanceof ExtractError) return err;
    throw err;
  }
  throw new Error('the page was not refused');
}

describe('a channel page reads only its own grid', () => {
  it('leaves out a stale watch page (related videos, teaser comment) and a stale comments page', () => {
    const s = extract(page('https://www.youtube.com/@PebbleKitchen/videos', [
      { url: BROWSE, body: json('channel-lockup.browse.json') }, { url: NEXT, body: otherNext }, { url: NEXT, body: otherComments() },
    ]));
    expect(s.posts.map((p) => p.id)).toEqual(['pkLock00001', 'pkLock00002']);
    expect(s.comments).toEqual([]);
  });

  it('takes a scroll page only as the continuation of this channel\'s grid', () => {
    const scroll = json('channel-scroll.browse.json');
    // Right after the channel's own page: its continuation.
    const own = extract(page('https://www.youtube.com/@PebbleKitchen/videos', [{ url: BROWSE, body: json('channel-lockup.browse.json') }, { url: BROWSE, body: scroll }]));
    expect(own.posts.map((p) => p.id)).toContain('pkVid000003');
    // After another page's document, a scroll page naming no channel is not proven to be this one's.
    const after = extract(page('https://www.youtube.com/@PebbleKitchen/videos', [{ url: BROWSE, body: json('channel-lockup.browse.json') }, { url: NEXT, body: otherNext }, { url: BROWSE, body: scroll }]));
    expect(after.posts.map((p) => p.id)).toEqual(['pkLock00001', 'pkLock00002']);
    // A scroll page whose token pages through another channel's grid is that channel's, wherever it sits.
    const token = `4qmFsgJg${Buffer.from(`\x12\x18UCotherChannel000000000z`, 'latin1').toString('base64')}`;
    const theirs = { ...(scroll as object), next: { continuationCommand: { token, request: 'CONTINUATION_REQUEST_TYPE_BROWSE' } } };
    const foreign = extract(page('https://www.youtube.com/@PebbleKitchen/videos', [{ url: BROWSE, body: json('channel-lockup.browse.json') }, { url: BROWSE, body: theirs }]));
    expect(foreign.posts.map((p) => p.id)).toEqual(['pkLock00001', 'pkLock00002']);
  });
});

describe('a watch page reads only its own video\'s comments', () => {
  it('leaves out a stale comments page of another video and its comment count', () => {
    const s = extract(page('https://www.youtube.com/watch?v=pkWatch0001', [{ url: NEXT, body: otherComments() }, { url: NEXT, body: pebbleNext() }]));
    expect(s.comments).toEqual([]);
    // The panel's rounded "1.4K", not the other video's "1,452 Comments".
    expect(s.posts[0]!.comments).toBe(1400);
  });

  it('reads a comments page whose tokens name this video, wherever it arrived', () => {
    const s = extract(page('https://www.youtube.com/watch?v=pkWatch0001', [{ url: NEXT, body: json('comments-page.next.json') }, { url: NEXT, body: pebbleNext() }]));
    expect(s.comments.map((c) => c.author)).toEqual(['@PebbleKitchen', '@noodlefan']);
    expect(s.posts[0]!.comments).toBe(1452);
  });

  it('takes a comments page naming no video only right after this video\'s page', () => {
    const replies = json('comments-replies.next.json');
    const after = readPage(page('https://www.youtube.com/watch?v=pkWatch0001', [{ url: NEXT, body: pebbleNext() }, { url: NEXT, body: replies }]))!;
    expect(after.comments.map((c) => c.author)).toEqual(['@PebbleKitchen']);
    const stale = readPage(page('https://www.youtube.com/watch?v=pkWatch0001', [{ url: NEXT, body: replies }, { url: NEXT, body: pebbleNext() }]))!;
    expect(stale.comments).toEqual([]);
  });
});

describe('a stale "terminated" notice', () => {
  const gone = () => ({ url: BROWSE, body: json('channel-terminated.browse.json') });

  it('does not mark a later channel or video unavailable', () => {
    expect(readPage(page('https://www.youtube.com/@PebbleKitchen/videos', [gone(), { url: BROWSE, body: json('channel-lockup.browse.json') }]))!.hints.unavailable).toBe(false);
    expect(readPage(page('https://www.youtube.com/watch?v=pkWatch0001', [gone(), { url: NEXT, body: pebbleNext() }]))!.hints.unavailable).toBe(false);
  });

  it('still refuses the channel it answered: the newest document, after the one the tab showed before', () => {
    const e = refusal(page('https://www.youtube.com/@GoneKitchen', [{ url: BROWSE, body: json('channel-lockup.browse.json') }, gone()]));
    expect(e.reason).toBe('unavailable');
  });
});

describe('comments prove no creator', () => {
  it('a channel address with only a comments page is refused, the comments not read', () => {
    const c = page('https://www.youtube.com/@victim', [{ url: NEXT, body: otherComments() }]);
    expect(readPage(c)!.comments).toEqual([]);
    expect(refusal(c).reason).toBe('layout-changed');
  });

  it('a watch address with only its comments page is refused as comments of nobody known', () => {
    const c = page('https://www.youtube.com/watch?v=pkWatch0001', [{ url: NEXT, body: json('comments-page.next.json') }]);
    expect(readPage(c)!.comments).toHaveLength(2);
    expect(refusal(c).reason).toBe('no-creator');
  });
});

describe('another channel still on the page', () => {
  it('reads as still loading, naming the channel it still shows', () => {
    const e = refusal(page('https://www.youtube.com/@victim.two/videos', [{ url: BROWSE, body: json('channel-lockup.browse.json') }]));
    expect([e.reason, e.message]).toEqual(['still-loading', 'The page is still loading this profile: it still shows @PebbleKitchen, not @victim.two. Wait a moment and score again.']);
  });

  it('is not named once this channel\'s own document is there', () => {
    const read = readPage(page('https://www.youtube.com/@PebbleKitchen', [{ url: BROWSE, body: json('channel-lockup.browse.json') }]))!;
    expect([read.handle, read.channelId, read.hints.showsOther]).toEqual(['PebbleKitchen', PEBBLE_ID, null]);
  });
});

describe('dig reads own keys only', () => {
  it('never finds an inherited property', () => {
    expect(dig({ a: { b: 1 } }, 'toString')).toBeUndefined();
    expect(digAll({ a: [{ b: 1 }] }, 'constructor')).toEqual([]);
    expect(dig({ a: { toString: 'x' } }, 'toString')).toBe('x');
  });
});
