// Word tables for "time ago" strings, one entry per language (or per group of languages that
// share a script and never disagree). Written by hand; every string is lower case.
//
// Notation, kept terse because there are ~75 languages:
// - alternatives are separated by "|" and may contain spaces ("il y a", "долоо хоног");
// - a trailing "*" accepts any inflected ending ("sekund*" = sekunda/sekundy/sekundami);
// - in `continuous` scripts (no spaces between words) every entry matches anywhere and "*" is
//   ignored; elsewhere entries match only at the start of a word.

import { WORDS_LATIN } from './relative-date-words-latin';
import { WORDS_OTHER_SCRIPTS } from './relative-date-words-other';

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export const TIME_UNITS: readonly TimeUnit[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];

export interface LanguageWords {
  /** Primary language subtags served by this table ("pt" serves pt-BR and pt-PT). */
  readonly tags: readonly string[];
  /** Script without spaces between words (Chinese, Thai, Khmer, ...). */
  readonly continuous?: boolean;
  /**
   * "<amount> <unit>" alone counts as past: English UI abbreviations ("5d", "3w") and Hungarian,
   * whose ending carries "ago" ("2 órája"). Elsewhere a bare duration may be a future case
   * ending (Bengali "10 সেকেন্ডে" = in 10 seconds), so a marker is required.
   */
  readonly bare?: boolean;
  /** Markers of the past: "ago", "vor", "il y a". */
  readonly past: string;
  /** Markers of the future: "in", "dans"; such strings give a date after `now`. */
  readonly future?: string;
  /** Words for second, minute, hour, day, week, month, year, in that order. */
  readonly units: readonly [string, string, string, string, string, string, string];
  /** Fixed expressions: "yesterday" = 1 day ago, "today" = 0; negative = future ("tomorrow"). */
  readonly phrases?: Readonly<Record<string, readonly [TimeUnit, number]>>;
  /** Spelled-out amounts that platforms use instead of digits. */
  readonly numbers?: Readonly<Record<string, number>>;
}

// English first: with no locale, the most common UI language gets the first try.
export const LANGUAGE_WORDS: readonly LanguageWords[] = [...WORDS_LATIN, ...WORDS_OTHER_SCRIPTS];
