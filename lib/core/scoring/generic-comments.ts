// Content-free comments (HypeAuditor's suspicious kinds: emoji-only, generic praise, mention-only).
// One such comment means nothing; a post where most comments are like this is worth a look.
import type { GenericKind } from '../model/findings';
import { FILLER_WORDS, PRAISE_WORDS } from './generic-comments-words';

/** More distinct words than this is a sentence with something to say, whatever the words. */
const MAX_WORDS = 6;

const MENTION = /@[\p{L}\p{N}_.]+/gu;
// Keycaps (1️⃣, #️⃣) carry a digit, and ℹ️ is a letter: take emoji out before looking for text.
const KEYCAP = /[0-9#*]\uFE0F?\u20E3/gu;
const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
// The typed heart "<3" (and broken "</3") is an emoji written with a digit.
const TEXT_HEART = /<\/?3+/gu;
const INVISIBLE = /[\s\p{Cf}\p{M}]/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Apostrophes join rather than split, so "c'est" and "it's" meet "cest" and "its" in the lists.
const APOSTROPHE = /['’‘`´]/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, no accents, runs squeezed to one letter: "Niceeee", "NICE" and "nicé" all fold alike. */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/(.)\1+/gu, '$1');
}

const PRAISE = new Set(PRAISE_WORDS.map(fold));
const FILLER = new Set(FILLER_WORDS.map(fold));

function hasNoText(text: string): boolean {
  return !LETTER_OR_DIGIT.test(text.replace(KEYCAP, '').replace(PICTOGRAPH, '').replace(TEXT_HEART, ''));
}

function words(text: string): string[] {
  return text.replace(TEXT_HEART, ' ').replace(APOSTROPHE, '').split(NON_WORD).filter((w) => w !== '').map(fold);
}

function isGenericPhrase(text: string): boolean {
  // A question asks for a reply: that is conversation, however short.
  if (/[?¿？]/u.test(text)) return false;
  const distinct = new Set(words(text));
  if (distinct.size === 0 || distinct.size > MAX_WORDS) return false;
  const all = [...distinct];
  return all.every((w) => PRAISE.has(w) || FILLER.has(w)) && all.some((w) => PRAISE.has(w));
}

/** Which content-free kind a comment is, or null when it says something (or nothing at all). */
export function genericKind(text: string): GenericKind | null {
  if (text.replace(INVISIBLE, '') === '') return null;
  if (hasNoText(text)) return 'emoji-only';
  const withoutMentions = text.replace(MENTION, ' ');
  if (withoutMentions !== text && hasNoText(withoutMentions)) return 'mention-only';
  // Tagging a friend in front of praise ("@ana so cute") does not add content.
  return isGenericPhrase(withoutMentions) ? 'generic-phrase' : null;
}

export interface GenericShare {
  /** generic / total, or null when there were no comments to judge. */
  share: number | null;
  generic: number;
  total: number;
  byKind: Record<GenericKind, number>;
  /** Up to five flagged comments, so a scout can see what was counted. */
  examples: { text: string; kind: GenericKind }[];
}

const MAX_EXAMPLES = 5;

export function genericShare(comments: readonly { text: string }[]): GenericShare {
  const byKind: Record<GenericKind, number> = { 'emoji-only': 0, 'generic-phrase': 0, 'mention-only': 0 };
  const examples: GenericShare['examples'] = [];
  let generic = 0;
  for (const { text } of comments) {
    const kind = genericKind(text);
    if (kind === null) continue;
    generic += 1;
    byKind[kind] += 1;
    if (examples.length < MAX_EXAMPLES) examples.push({ text, kind });
  }
  const total = comments.length;
  return { share: total === 0 ? null : generic / total, generic, total, byKind, examples };
}
