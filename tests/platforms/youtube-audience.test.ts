// The audience fields the YouTube reader fills (issue 15), on hand-made fixtures: comment ids, the
// thread a reply belongs to, the creator's own comments and hearts, the pinned comment, and the
// country the channel's About states. The traps are in the fixtures: the heart tooltip on every
// comment, the viewer's own like, and the viewer's countryCode in the page.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import type { Comment } from '@/lib/core/model/snapshot';
import { extract, readPage } from '@/lib/core/platforms';
import { aboutCountry } from '@/lib/core/platforms/youtube/about';
import { shapesOf } from '@/lib/core/platforms/youtube/collect';
import { countryCode, localeTag } from '@/lib/core/platforms/youtube/country-names';
import { NAMED_KEYS } from '@/lib/core/platforms/youtube/shapes';
import { mutateCapture } from './mutate-wrappers';

const DIR = fileURLToPath(new URL('../fixtures/youtube-audience/', import.meta.url));
const WATCH = fileURLToPath(new URL('../fixtures/youtube/watch-paid.html', import.meta.url));
const NOW = '2026-03-17T12:00:00.000Z';
const CHANNEL_ID = 'UCpebbleKitchen00000000a';
const TOP_A = 'UgzAudPinned000000000001';
const TOP_B = 'UgzAudHearted00000000002';
const watchCapture = (...files: string[]) => captureFromFiles('https://www.youtube.com/watch?v=pkWatch0001', [WATCH, ...files.map((f) => join(DIR, f))], NOW);
const channelCapture = (...files: string[]) => captureFromFiles('https://www.youtube.com/@PebbleKitchen', files.map((f) => join(DIR, f)), NOW);

/** [author, id, replyTo, isReply, byCreator, likedByCreator, pinned] */
const audience = (comments: Comment[]) => comments.map((c) => [c.author, c.id, c.replyTo, c.isReply, c.byCreator, c.likedByCreator, c.pinned]);
/** Reversed keys put a thread's replies before its comment: the fields must not change, the order may. */
const unordered = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();

const EXPECTED_2026 = [
  ['@PebbleKitchen', TOP_A, null, false, true, false, true],
  // A reply inside the pinned thread is not itself pinned.
  ['@brothfan', `${TOP_A}.9AudReplyFan01`, TOP_A, true, false, true, false],
  ['@noodlefan', TOP_B, null, false, false, true, false],
  // The creator's reply inside the thread: its id does not carry the thread's, the thread does.
  ['@PebbleKitchen', 'UgxAudCreatorReply0000006', TOP_B, true, true, false, false],
  // The trap: "❤ by @PebbleKitchen" in its toolbar and the viewer's own like, yet UNHEARTED.
  ['@spicefan', 'UgzAudTooltip00000000003', null, false, false, false, false],
  // No toolbar state arrived, and a state we do not know: unknown, never false.
  ['@quietreader', 'UgzAudNoState00000000004', null, false, false, null, false],
  ['@oddstate', 'UgzAudOddState0000000005', null, false, false, null, false],
  // A comment id that is no id is dropped, in the entity and the view model alike.
  ['@hostileid', null, null, false, false, false, false],
];

const EXPECTED_REPLY_PAGE = [
  // A reply page has no thread around its replies: the id's prefix names the thread.
  ['@PebbleKitchen', `${TOP_B}.9AudReplyPage01`, TOP_B, true, true, true, false],
  ['@brothfan', `${TOP_B}.9AudReplyPage02`, TOP_B, true, false, false, false],
];

describe('YouTube comments carry the audience fields (2026 entity format)', () => {
  const snapshot = extract(watchCapture('comments-audience.next.json', 'replies-audience.next.json'));

  it('fills id, replyTo, byCreator, likedByCreator (heartState only) and pinned on the snapshot', () => {
    expect(snapshot.handle).toBe('PebbleKitchen');
    expect(audience(snapshot.comments)).toEqual([...EXPECTED_2026, ...EXPECTED_REPLY_PAGE]);
  });

  it('counts hearts from heartState, not from the tooltip every comment carries', () => {
    const top = snapshot.comments.filter((c) => !c.isReply);
    expect(top.filter((c) => c.likedByCreator === true).map((c) => c.author)).toEqual(['@noodlefan']);
    expect(top.filter((c) => c.likedByCreator === null)).toHaveLength(2);
    expect(snapshot.comments.filter((c) => c.pinned === true).map((c) => c.id)).toEqual([TOP_A]);
  });

  it('leaves what YouTube does not say unknown: default avatar and comment language', () => {
    // Every commenter has a picture URL; YouTube does not mark its default letter avatar as such.
    expect(snapshot.comments.every((c) => c.authorDefaultAvatar === null && c.language === null)).toBe(true);
  });

  it('reads the same with every wrapper renamed and re-nested (engagementToolbarStateEntityPayload, commentRepliesRenderer…)', () => {
    const mutated = mutateCapture(watchCapture('comments-audience.next.json', 'replies-audience.next.json'), new Set(NAMED_KEYS));
    expect(mutated.renamed).toBeGreaterThan(0);
    expect(unordered(audience(readPage(mutated.capture)!.comments))).toEqual(unordered([...EXPECTED_2026, ...EXPECTED_REPLY_PAGE]));
  });
});

describe('YouTube comments carry the audience fields (≤2024 commentRenderer)', () => {
  const expected = [
    ['Pebble Kitchen', 'UgwLegacyTop0000000000001', null, false, true, false, true],
    ['Noodle Fan', 'UgwLegacyTop0000000000001.8LegacyReply1', 'UgwLegacyTop0000000000001', true, false, true, false],
    // A creatorHeart whose renderer has a tooltip but no isHearted says nothing.
    ['Spice Fan', 'UgwLegacyTop0000000000002', null, false, false, null, false],
  ];

  it('reads authorIsChannelOwner, creatorHeart.isHearted and pinnedCommentBadge', () => {
    expect(audience(readPage(watchCapture('comments-legacy.next.json'))!.comments)).toEqual(expected);
  });

  it('reads the same with its wrappers renamed', () => {
    const mutated = mutateCapture(watchCapture('comments-legacy.next.json'), new Set(NAMED_KEYS));
    expect(unordered(audience(readPage(mutated.capture)!.comments))).toEqual(unordered(expected));
  });
});

describe('YouTube snapshot country: the About the creator filled, never the viewer\'s locale', () => {
  it('reads the About country of this channel as ISO alpha-2, with its source', () => {
    const s = extract(channelCapture('stale-about.browse.json', 'channel.browse.json', 'about.browse.json'));
    expect(s.channelId).toBe(CHANNEL_ID);
    expect(s.country).toBe('GB');
    expect(s.sources.country).toMatch(/about\.browse\.json @ .*aboutChannelViewModel \(About country "United Kingdom"\)$/);
  });

  it('is unknown when the page has only the viewer\'s countryCode (localization, top bar)', () => {
    const s = extract(channelCapture('channel.browse.json'));
    expect(s.followers).toBe(48200);
    expect(s.country).toBeNull();
    expect(s.sources.country).toBeUndefined();
  });

  it('never takes another channel\'s About left in the tab', () => {
    expect(extract(channelCapture('stale-about.browse.json', 'channel.browse.json')).country).toBeNull();
  });

  it('still reads it with the About\'s wrappers renamed', () => {
    const mutated = mutateCapture(channelCapture('stale-about.browse.json', 'channel.browse.json', 'about.browse.json'), new Set(NAMED_KEYS));
    expect(extract(mutated.capture).country).toBe('GB');
  });

  it('reads the ≤2023 channelAboutFullMetadataRenderer, whose country is a text object, in the page\'s language', () => {
    const doc = {
      data: { itemSectionRenderer: { contents: [{ channelAboutFullMetadataRenderer: {
        channelId: CHANNEL_ID, country: { simpleText: 'Deutschland' }, joinedDateText: { runs: [{ text: 'Beigetreten am 3. März 2015' }] },
      } }] } },
      source: 'json: ytInitialData',
    };
    expect(aboutCountry(shapesOf([doc]), CHANNEL_ID, 'de-DE')?.code).toBe('DE');
    expect(aboutCountry(shapesOf([doc]), 'UCsomeoneElse00000000000', 'de-DE')).toBeNull();
    expect(aboutCountry(shapesOf([doc]), null, 'de-DE')).toBeNull();
  });
});

describe('country names to ISO alpha-2', () => {
  it.each([
    ['United Kingdom', 'GB'], ['United States', 'US'], ['UK', 'GB'], ['South Korea', 'KR'], ['Hong Kong', 'HK'],
    ['Bosnia and Herzegovina', 'BA'], ['Cote d\'Ivoire', 'CI'], ['Czech Republic', 'CZ'], ['Turkey', 'TR'], ['GB', 'GB'],
  ])('%s is %s', (name, code) => {
    expect(countryCode(name, ['en'])).toBe(code);
  });

  it('reads a name in the page\'s language', () => {
    expect(countryCode('Deutschland', ['de', 'en'])).toBe('DE');
    expect(countryCode('Vereinigtes Königreich', ['de', 'en'])).toBe('GB');
  });

  it('gives null for what is no country, and for hostile input', () => {
    for (const name of ['Atlantis', 'European Union', 'EU', 'ZZ', 'Unknown Region', '', '   ', 'gb', 'United Kingdom'.repeat(20), null]) {
      expect(countryCode(name, ['en'])).toBeNull();
    }
    expect(localeTag('x<script>')).toBeNull();
    expect(localeTag('de-DE')).toBe('de-DE');
    expect(countryCode('Deutschland', ['zz-invalid-locale-tag'])).toBeNull();
  });
});
