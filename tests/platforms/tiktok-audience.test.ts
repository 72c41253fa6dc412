import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import type { Comment } from '@/lib/core/model/snapshot';
import { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { extract, readPage } from '@/lib/core/platforms';
import { byCreator, defaultAvatar, idOf } from '@/lib/core/platforms/tiktok/audience';
import { countryCode, languageCode } from '@/lib/core/platforms/tiktok/codes';
import { NAMED_KEYS } from '@/lib/core/platforms/tiktok/shapes';
import { mutateCapture } from './mutate-wrappers';

// Invented pages in TikTok's 2026 shapes (tests/fixtures/tiktok-audience/README.md): every audience field and its traps.
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/tiktok-audience/${name}`, import.meta.url));
const AT = '2026-11-20T12:00:00.000Z';
const VIDEO = 'https://www.tiktok.com/@kelp.kate/video/7610000000000000001';
const videoCapture = (...files: string[]) => captureFromFiles(VIDEO, files.map(fixture), AT);
const ALL = ['video.html', 'comment_list.json', 'comment_reply.json'];

type Row = [string | null, boolean, string | null, boolean | null, boolean | null, boolean | null, string | null, boolean | null];
const rows = (comments: Comment[]): Row[] => comments.map((c) => [
  c.id, c.isReply, c.replyTo, c.byCreator, c.likedByCreator, c.pinned, c.language, c.authorDefaultAvatar,
]);

// id, isReply, replyTo, byCreator, likedByCreator, pinned, language, authorDefaultAvatar
const EXPECTED: Row[] = [
  ['9101', false, null, false, true, true, 'en', true],
  ['9102', true, '9101', true, false, false, 'en', null],
  ['9103', true, '9101', false, false, false, 'en', false],
  ['9104', false, null, false, false, false, null, false],
  ['9105', false, null, false, null, null, null, null],
  ['9106', false, null, true, true, false, 'pt', false],
  ['9107', false, null, false, null, false, null, null],
  ['9108', false, null, false, null, true, null, null],
  ['9109', true, '9105', false, null, null, 'en', true],
  ['9110', true, '9105', true, null, null, 'zh', null],
];

describe('TikTok comment fields for the audience signals', () => {
  const s = extract(videoCapture(...ALL));

  it('reads every field of every visible comment, inlined replies and reply pages alike', () => {
    expect(rows(s.comments)).toEqual(EXPECTED);
    expect(() => ProfileSnapshot.parse(s)).not.toThrow();
  });

  it('ties an inlined reply to the comment that holds it, and a reply page\'s entry to its reply_id', () => {
    const threads = new Map<string, string[]>();
    for (const c of s.comments) if (c.replyTo) threads.set(c.replyTo, [...(threads.get(c.replyTo) ?? []), c.id!]);
    expect(Object.fromEntries(threads)).toEqual({ 9101: ['9102', '9103'], 9105: ['9109', '9110'] });
  });

  it('knows the creator by uid, then secUid, then handle, whatever name they comment under', () => {
    expect(s.comments.filter((c) => c.byCreator).map((c) => c.author)).toEqual(['Kelp Kate', 'Kelp Kate', 'Kelp.Kate']);
  });

  it('counts the creator\'s heart (is_author_digged), never the viewer\'s own like (user_digged)', () => {
    const viewerLiked = s.comments.find((c) => c.id === '9104');
    expect(viewerLiked?.likedByCreator).toBe(false);
    expect(s.comments.filter((c) => c.likedByCreator).map((c) => c.id)).toEqual(['9101', '9106']);
  });

  it('takes the post\'s location from locationCreated, never from the viewer\'s or the creator\'s app language or region', () => {
    expect(s.posts.map((p) => p.location)).toEqual([{ country: 'GB', name: null }]);
    const text = JSON.stringify(s.posts);
    expect(text).not.toMatch(/"(FR|ES|fr|es)"/);
  });

  it('leaves byCreator unknown when the page does not hold the video, and keeps every other field', () => {
    const alone = readPage(videoCapture('comment_list.json', 'comment_reply.json'))!;
    expect(alone.comments.map((c) => c.byCreator)).toEqual(EXPECTED.map(() => null));
    expect(rows(alone.comments).map((r) => [r[0], r[2], r[4], r[6], r[7]])).toEqual(EXPECTED.map((r) => [r[0], r[2], r[4], r[6], r[7]]));
  });

  it('reads the same with every wrapper renamed, nested deeper and reordered (avatars found by their addresses)', () => {
    const { capture, renamed } = mutateCapture(videoCapture(...ALL), new Set(NAMED_KEYS));
    expect(renamed).toBeGreaterThan(10);
    const mutated = extract(capture);
    expect(rows(mutated.comments)).toEqual(EXPECTED);
    expect(mutated.posts[0]?.location).toEqual({ country: 'GB', name: null });
  });
});

describe('TikTok post locations on a profile\'s item_list', () => {
  it('keeps valid ISO country codes (upper-cased) and nothing else', () => {
    const read = readPage(captureFromFiles('https://www.tiktok.com/@kelp.kate', [fixture('item_list.json')], AT))!;
    expect(read.posts.map((p) => p.location?.country ?? null)).toEqual(['GB', 'GB', 'GB', 'US', null, null, null, null, null]);
    expect(read.posts.every((p) => p.location === null || p.location.name === null)).toBe(true);
  });
});

describe('TikTok codes', () => {
  it('validates comment_language as ISO 639-1 and drops TikTok\'s "un" and empty values', () => {
    const cases: [unknown, string | null][] = [
      ['en', 'en'], ['EN', 'en'], [' de ', 'de'], ['pt-BR', 'pt'], ['zh_Hant', 'zh'], ['iw', 'he'], ['in', 'id'],
      ['un', null], ['und', null], ['', null], ['xx', null], ['english', null], [42, null], [null, null], ['en'.repeat(20), null],
    ];
    for (const [input, out] of cases) expect(languageCode(input), String(input)).toBe(out);
  });

  it('validates locationCreated as ISO 3166-1 alpha-2', () => {
    const cases: [unknown, string | null][] = [['GB', 'GB'], ['gb', 'GB'], ['XK', 'XK'], ['UK', null], ['ZZ', null], ['GBR', null], ['', null], [826, null]];
    for (const [input, out] of cases) expect(countryCode(input), String(input)).toBe(out);
  });
});

describe('TikTok commenter checks', () => {
  const creator = { uid: '42', handle: 'kate', secUid: 'MS4wKate' };

  it('reads ids as strings, and TikTok\'s "0" (no thread) as none', () => {
    expect([idOf('7198708872234664710'), idOf(42), idOf('0'), idOf(0), idOf(''), idOf('a b'), idOf(-1), idOf('9'.repeat(65))])
      .toEqual(['7198708872234664710', '42', null, null, null, null, null, null]);
  });

  it('lets the strongest shared id decide: a matching handle does not outweigh a different uid', () => {
    expect(byCreator({ user: { uid: '43', unique_id: 'kate' } }, creator)).toBe(false);
    expect(byCreator({ user: { uid: 42, unique_id: 'someone' } }, creator)).toBe(true);
    expect(byCreator({ unique_id: 'KATE' }, creator)).toBe(true);
    expect(byCreator({ text: 'no user' }, creator)).toBeNull();
    expect(byCreator({ user: { uid: '42' } }, null)).toBeNull();
  });

  it('spots the default picture in any avatar field, and says unknown when the user shows none', () => {
    const url = 'https://p16-sign-va.tiktokcdn.com/musically-maliva-obj/1594805258216454~c5_100x100.jpeg';
    expect(defaultAvatar({ user: { avatar_larger: { url_list: [url] } } })).toBe(true);
    expect(defaultAvatar({ user: { avatar_300x300_x: { wrap: { uri: 'musically-maliva-obj/1594805258216454' } } } })).toBe(true);
    expect(defaultAvatar({ user: { avatarThumb: 'https://p16.tiktokcdn.com/tos-alisg-avt-0068/456fc97e0268cbb0eac63bd27ddc641e.jpeg' } })).toBe(false);
    expect(defaultAvatar({ user: { nickname: 'musically-maliva-obj/1594805258216454', signature: url } })).toBeNull();
    expect(defaultAvatar({ user: { avatar_thumb: { uri: 'musically-maliva-obj/15948052582164549' } } })).toBe(false);
    expect(defaultAvatar({ unique_id: 'reduced.shape' })).toBeNull();
  });
});
