// What is left of a comment for a language identifier: words, not handles, links, tags or emoji.
const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;
const MENTION = /@[\p{L}\p{N}_.]+/gu;
const HASHTAG = /#[\p{L}\p{N}_]+/gu;
const NOT_LETTER = /[^\p{L}\p{M}'’\s-]+/gu;

/** At or above this many words a comment says enough for its language to be read (eld: 95.9% there). */
export const MIN_WORDS = 3;

/** The comment's words, cleaned; empty when fewer than MIN_WORDS remain. */
export function usableText(text: string): string {
  const words = text.replace(LINK, ' ').replace(MENTION, ' ').replace(HASHTAG, ' ').replace(NOT_LETTER, ' ')
    .split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= MIN_WORDS ? words.join(' ') : '';
}
