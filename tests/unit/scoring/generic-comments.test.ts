import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { genericKind, genericShare } from '@/lib/core/scoring/generic-comments';

describe('genericKind: emoji-only', () => {
  it.each([
    '😍', '🔥🔥🔥', '👍🏽🔥🔥', '❤️', '❤️❤️❤️❤️', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇫🇷🇩🇪', '1️⃣', 'ℹ️', '  🙌  ', '!!!', '<3', ':)', '😂😂 !!',
  ])('%s', (text) => expect(genericKind(text)).toBe('emoji-only'));
});

describe('genericKind: mention-only', () => {
  it.each(['@a @b 😍', '@maria.lopez', '@ana_22, @bob!', '@léa 🔥🔥'])('%s', (text) =>
    expect(genericKind(text)).toBe('mention-only'));
});

describe('genericKind: generic-phrase', () => {
  it.each([
    'nice', 'Nice!', 'NICEEEE', 'wow', 'Woooow!!', 'love it', 'Love it ❤️', 'great pic', 'so cute', 'amazing 🔥',
    'So beautiful 😍😍', 'follow me', 'check my page', 'Awesome content, keep it up!', 'i love this', "It's gorgeous",
    '@ana so cute', 'nice shot 📸', 'what a beautiful view', 'super', 'love it <3',
  ])('English: %s', (text) => expect(genericKind(text)).toBe('generic-phrase'));

  it.each([
    'Sehr schön!', 'wunderschön', 'toll', 'trop beau', "C'est magnifique", 'Trés jolie 😍', 'que lindo', 'lindo',
    '¡Qué hermosa!', 'me encanta', 'Muito linda', 'amei ❤️', 'bellissimo', 'Bellissimaaaa', 'che bello', 'mooi',
    'Wat prachtig', 'heel leuk',
  ])('other languages: %s', (text) => expect(genericKind(text)).toBe('generic-phrase'));
});

describe('genericKind: not generic', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '  \n\t '],
    ['an invisible joiner only', '\u200d'],
    ['a byte-order mark only', '\ufeff'],
    ['a question after praise', 'Nice! What lens did you use?'],
    ['a short question', 'wow?'],
    ['a specific reference', 'love the red jacket in the second slide'],
    ['more than a handful of words', 'so so nice and so cute and great and lovely and pretty and sweet pic'],
    // An acknowledgement is how people answer each other, not praise a bot leaves.
    ['an acknowledgement', 'ok'],
    ['thanks', 'thank you!'],
    ['laughter', 'hahaha'],
    ['a number', '10/10'],
    ['a link', 'nice https://example.com/x'],
    ['a reply with content', '@ana yes, the blue one'],
    ['praise with a detail', 'Great recipe, I added garlic'],
    ['a word that merely contains praise', 'nicely done edit on the transition'],
  ])('%s', (_name, text) => expect(genericKind(text)).toBeNull());
});

describe('genericKind: properties', () => {
  it('appending a specific question never makes a comment generic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(genericKind(`${text} What recipe is this from?`)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    // 'grapheme' rather than 'binary': fast-check 4 takes seconds to generate binary strings.
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      const kind = genericKind(text);
      expect(kind === null || ['emoji-only', 'generic-phrase', 'mention-only'].includes(kind)).toBe(true);
    }));
  });
});

describe('genericShare', () => {
  it('is null, not zero, when there are no comments', () => {
    const r = genericShare([]);
    expect(r.share).toBeNull();
    expect(r).toMatchObject({ generic: 0, total: 0, examples: [] });
  });

  it('is zero when every comment says something', () => {
    expect(genericShare([{ text: 'Where was this taken?' }]).share).toBe(0);
  });

  it('counts each kind and keeps the share as a fraction', () => {
    const r = genericShare([
      { text: '🔥🔥' }, { text: '@a @b' }, { text: 'nice pic' }, { text: 'Which camera is this?' },
    ]);
    expect(r).toMatchObject({ generic: 3, total: 4, byKind: { 'emoji-only': 1, 'mention-only': 1, 'generic-phrase': 1 } });
    expect(r.share).toBeCloseTo(0.75, 10);
    expect(r.examples[0]).toEqual({ text: '🔥🔥', kind: 'emoji-only' });
  });

  it('keeps at most five examples', () => {
    const r = genericShare(Array.from({ length: 9 }, () => ({ text: 'wow' })));
    expect(r.generic).toBe(9);
    expect(r.share).toBe(1);
    expect(r.examples).toHaveLength(5);
  });
});
