import type { Audience } from '../../model/audience';
import type { Comment } from '../../model/snapshot';
import { countIfAllKnown } from './known-count';

/** Four or more digits in a row, or digits as 40%+ of the handle: "anna84736251", "user1029". */
const DIGIT_RUN = /\d{4,}/u;
const DIGIT_SHARE = 0.4;
const EXAMPLES_PER_KIND = 3;

export function isDigitHeavy(handle: string): boolean {
  const h = handle.replace(/^@/, '');
  const digits = (h.match(/\d/gu) ?? []).length;
  return DIGIT_RUN.test(h) || (h.length > 0 && digits / h.length >= DIGIT_SHARE);
}

/** Folded so "Love it!!" and "love it" meet; short texts (emoji) are the generic-comment signal's, not this one's. */
const normalised = (text: string) => text.toLowerCase().normalize('NFKC').replace(/[\s\p{P}]+/gu, ' ').trim();
const MIN_DUPLICATE_CHARS = 12;

/**
 * Commenters worth a look among the visible ones, other than the creator: the default picture,
 * digit-heavy handles, and one text from several accounts. Counts with examples, never a verdict:
 * new and private people have default pictures, and names carry birth years.
 */
export function hygieneOf(comments: readonly Comment[], isCreator: (c: Comment) => boolean): Audience['hygiene'] {
  const others = comments.filter((c) => !isCreator(c));
  const defaults = others.filter((c) => c.authorDefaultAvatar === true);
  const digits = others.filter((c) => isDigitHeavy(c.author));
  const byText = new Map<string, Comment[]>();
  for (const c of others) {
    const key = normalised(c.text);
    if (key.length >= MIN_DUPLICATE_CHARS) byText.set(key, [...(byText.get(key) ?? []), c]);
  }
  const duplicates = [...byText.values()].filter((group) => new Set(group.map((c) => c.author.toLowerCase())).size > 1).flat();
  const example = (kind: Audience['hygiene']['examples'][number]['kind'], list: Comment[]) => list.slice(0, EXAMPLES_PER_KIND).map((c) => ({ kind, author: c.author, text: c.text.slice(0, 140) }));
  return {
    // "3 of 20 with the default picture" only when the page showed every commenter's picture.
    defaultAvatar: others.length ? countIfAllKnown(others, (c) => c.authorDefaultAvatar) : null,
    digitHandles: digits.length,
    duplicateTexts: duplicates.length,
    of: others.length,
    examples: [...example('default-avatar', defaults), ...example('digit-handle', digits), ...example('duplicate-text', duplicates)],
  };
}
