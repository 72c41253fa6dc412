import { describe, expect, it } from 'vitest';
import { newComment, newPost } from '@/lib/core/platforms/shared/draft';
import { responsivenessOf, repliedSentence } from '@/lib/core/scoring/audience/responsiveness';
import { commentLanguages, languagesSentence, shareIn } from '@/lib/core/scoring/audience/languages';
import { usableText } from '@/lib/core/scoring/audience/usable-text';
import { hygieneOf, isDigitHeavy } from '@/lib/core/scoring/audience/hygiene';
import { creatorLocationOf, locationSentence } from '@/lib/core/scoring/audience/creator-location';
import { postsWithComments, repeatCommentersOf } from '@/lib/core/scoring/audience/repeat-commenters';
import { targetLanguages } from '@/lib/core/scoring/audience/audience';
import { score } from '@/lib/core/scoring/score';
import { BrandProfile } from '@/lib/core/model/brand';
import type { Comment } from '@/lib/core/model/snapshot';
import { makePost, makeSnapshot } from '../../helpers/snapshots';

const top = (id: string, author = `fan${id}`, over: Partial<Comment> = {}) => newComment({ id, author, text: 'What a lovely picture this is', postId: 'P1', ...over });
const reply = (to: string, author: string, over: Partial<Comment> = {}) => newComment({ id: `${to}-r-${author}`, replyTo: to, isReply: true, author, text: 'Thank you so much!', postId: 'P1', ...over });

describe('responsiveness', () => {
  it('counts threads the creator replied in, by handle or by the page\'s mark, among the visible top comments only', () => {
    const comments = [top('1'), top('2'), top('3'), top('4'), reply('1', 'Wren.Wears'), reply('2', 'someone', { byCreator: true }), reply('3', 'fan9')];
    const r = responsivenessOf(comments, 'wren.wears');
    expect(r).toEqual({ replied: 2, threads: 4, liked: null, comments: 7, pinned: null });
    expect(repliedSentence(r)).toBe('Replied in 2 of 4 visible threads (top comments only).');
  });

  it('says "unknown", never 0, when no reply is visible, and counts likes and pins only where the page marks them', () => {
    const r = responsivenessOf([top('1', 'a', { likedByCreator: true, pinned: true }), top('2', 'b', { likedByCreator: false, pinned: false }), top('3', 'c', { likedByCreator: false, pinned: false })], 'wren');
    expect(r).toEqual({ replied: null, threads: 3, liked: 1, comments: 3, pinned: 1 });
    expect(repliedSentence(r)).toMatch(/^Replies not visible here/);
    // One comment the page left unmarked: "1 of 3 liked" would call it unliked, so the count is unknown;
    // the pinned one seen is still a fact, but "none pinned" is not.
    const partly = responsivenessOf([top('1', 'a', { likedByCreator: true, pinned: true }), top('2', 'b', { likedByCreator: false, pinned: false }), top('3')], 'wren');
    expect(partly).toEqual({ replied: null, threads: 3, liked: null, comments: 3, pinned: 1 });
    expect(responsivenessOf([top('1', 'a', { pinned: false }), top('2')], 'wren').pinned).toBeNull();
  });
});

describe('comment languages', () => {
  const de = (n: number) => Array.from({ length: n }, (_, i) => top(`d${i}`, `d${i}`, { text: 'Das ist wirklich sehr schön geworden' }));
  const en = (n: number) => Array.from({ length: n }, (_, i) => top(`e${i}`, `e${i}`, { text: 'This is really lovely work' }));
  const detect = (t: string) => (/schön/.test(t) ? 'de' : /lovely/.test(t) ? 'en' : null);

  it('keeps comments of 3+ words once emoji, mentions, links and hashtags are gone', () => {
    expect(usableText('😍😍 @anna #ootd https://x.y/z so cute')).toBe('');
    expect(usableText('@anna where is this dress from? 😍')).toBe('where is this dress from');
  });

  it('prefers the platform\'s tag, reads the rest with the identifier, and folds the long tail into "other"', () => {
    const comments = [...de(12), ...en(6), top('x', 'x', { text: 'ok ok ok ok', language: 'it' }), top('s', 's', { text: '🔥🔥' })];
    const l = commentLanguages(comments, detect);
    expect(l).toMatchObject({ usable: 19, visible: 20, source: 'detected' });
    expect(l.languages.map((x) => [x.lang, x.comments])).toEqual([['de', 12], ['en', 6], ['it', 1]]);
    expect(shareIn(l.counts, ['en'])).toBeCloseTo(6 / 19);
    // A target under 5% still counts toward the campaign's share: it is folded only for display.
    expect(shareIn(l.counts, ['it'])).toBeCloseTo(1 / 19);
    expect(languagesSentence(l)).toMatch(/^Comment languages \(19 usable of 20\): de 63%, en 32%, it 5% — too few comments to rely on\.$/);
  });

  it('claims nothing without tags or an identifier', () => {
    expect(commentLanguages(en(25), null)).toMatchObject({ languages: [], source: null, usable: 25 });
    expect(commentLanguages(en(25).map((c) => ({ ...c, language: 'en' })), null)).toMatchObject({ source: 'platform', languages: [{ lang: 'en', share: 1 }] });
  });

  it('targets the campaign\'s languages, else those of its markets', () => {
    expect(targetLanguages(['es'], ['UK'])).toEqual(['es']);
    expect(targetLanguages([], ['UK', 'US', 'DE'])).toEqual(['en', 'de']);
  });

  it('flags a mismatch at 20+ usable comments with under half in the campaign\'s languages, with examples', () => {
    const snap = makeSnapshot({ handle: 'wren', posts: [makePost({ id: 'P1' })], comments: [...de(16), ...en(6)] });
    const brand = BrandProfile.parse({ name: 'Acme', markets: ['UK'] });
    const card = score(snap, { brand, detectLanguage: detect });
    const f = card.flags.find((x) => x.id === 'language-mismatch');
    expect(f).toMatchObject({ severity: 'warn', evidence: { numbers: { usable: 22, targets: 'en', 'example 1': 'Das ist wirklich sehr schön geworden' } } });
    expect(f!.message).toMatch(/language is not country/);
    expect(score(snap, { brand, detectLanguage: detect, languages: ['de'] }).flags.map((x) => x.id)).not.toContain('language-mismatch');
    expect(score({ ...snap, comments: snap.comments.slice(0, 19) }, { brand, detectLanguage: detect }).flags.map((x) => x.id)).not.toContain('language-mismatch');
    expect(card.audience?.languages[0]).toMatchObject({ lang: 'de', comments: 16 });
  });
});

describe('commenter hygiene', () => {
  it('counts default pictures, digit-heavy handles and one text from several accounts, leaving the creator out', () => {
    const comments = [
      top('1', 'user84736251', { authorDefaultAvatar: true, text: 'Where did you buy that coat?' }), top('2', 'anna', { authorDefaultAvatar: false, text: 'The light in this one is perfect' }),
      top('3', 'b0b1', { text: 'Check out my page for more!!' }), top('4', 'carl', { text: 'check out my page for more' }),
      top('5', 'wren', { text: 'check out my page for more', authorDefaultAvatar: true }),
    ];
    const known = comments.map((c) => (c.authorDefaultAvatar === null ? { ...c, authorDefaultAvatar: false } : c));
    const h = hygieneOf(known, (c) => c.author === 'wren');
    expect(h).toMatchObject({ defaultAvatar: 1, digitHandles: 2, duplicateTexts: 2, of: 4 });
    // With two commenters' pictures not shown, "1 of 4 with the default picture" would be a guess.
    expect(hygieneOf(comments, (c) => c.author === 'wren').defaultAvatar).toBeNull();
    expect(h.examples.map((e) => e.kind)).toEqual(['default-avatar', 'digit-handle', 'digit-handle', 'duplicate-text', 'duplicate-text']);
    expect(hygieneOf([top('1')], () => false).defaultAvatar).toBeNull();
    expect([isDigitHeavy('anna1990'), isDigitHeavy('anna_90'), isDigitHeavy('x12')]).toEqual([true, false, true]);
  });
});

describe('where the creator posts from', () => {
  it('names the most common tagged country, else the stated one, else nothing — never the audience', () => {
    const tagged = (country: string | null) => newPost({ id: `p${Math.random()}`, url: 'https://www.tiktok.com/@a/video/1', location: { country, name: null } });
    const l = creatorLocationOf({ posts: [tagged('GB'), tagged('GB'), tagged('FR'), tagged(null)], country: 'US' });
    expect(l).toEqual({ country: 'GB', posts: 2, of: 4 });
    expect(locationSentence(l)).toBe('Posts from GB (2 of 4) — the creator\'s location, not the audience\'s.');
    expect(creatorLocationOf({ posts: [], country: 'US' })).toEqual({ country: 'US', posts: 0, of: 0 });
    expect(creatorLocationOf({ posts: [], country: null })).toBeNull();
  });
});

describe('repeat commenters', () => {
  it('lists accounts on 3 or more of the opened posts with their median delay, across visits, leaving the creator out', () => {
    const post = (id: string) => newPost({ id, url: `https://www.instagram.com/p/${id}/`, publishedAt: '2026-10-01T12:00:00.000Z' });
    const on = (postId: string, author: string, minutes: number) => newComment({ postId, author, text: 'so good', publishedAt: new Date(Date.parse('2026-10-01T12:00:00.000Z') + minutes * 60_000).toISOString() });
    const visit = (id: string, comments: Comment[]) => ({ handle: 'wren', posts: [post(id)], comments });
    const out = repeatCommentersOf([
      visit('A', [on('A', 'pod1', 1), on('A', 'fan', 300), on('A', 'wren', 5)]),
      visit('B', [on('B', 'pod1', 2), on('B', 'fan', 60), on('B', 'wren', 5)]),
      visit('C', [on('C', 'POD1', 3), on('C', 'wren', 5), on('C', 'pod1', 9)]),
    ]);
    expect(out).toEqual([{ handle: 'pod1', posts: 3, medianDelayMinutes: 2 }]);
    expect(postsWithComments([visit('A', [on('A', 'x', 1)]), visit('B', [on('B', 'x', 1)]), visit('B', [on('B', 'y', 1)]), visit('C', [])])).toBe(2);
  });
});
