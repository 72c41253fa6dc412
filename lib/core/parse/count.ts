// Reads follower / view / like counts as Instagram, TikTok and YouTube display them:
// "12.3K", "1,234", "1,2 Mio.", "1.2万", "৪.৫ হা", "elfu 4.5", "has 10M views".
//
// Separator rules (from the yt-dlp and NewPipe peer suites):
// - one "." or "," followed by exactly three digits and no scale word groups thousands
//   ("1.000" = 1000, "123,456" = 123456); a count is never fractional, so this holds in every
//   locale;
// - before a scale word a single separator is a decimal mark ("1,1 k" = 1100, "10,5M"), unless
//   the locale groups thousands with that character and three digits follow
//   ("1.234 Mio." in de = 1,234 million);
// - both "." and "," present: the last one is the decimal mark; repeated marks group.
//
// Known exceptions on the measured CLDR 48 cases (/work/shared/data/counts, not in this repo),
// 5 of 2,240: Nepali long form "१.२ करोड", "३.४ करोड", "१२ करोड", "४५ करोड", "१२० करोड" stand
// there for 1.2/3.4/12/45/120 million, because CLDR's ne long pattern for 10^6..10^8 reuses
// करोड. करोड is 10^7 (crore) — the short form and every other Indic locale agree — and the same
// strings "१.२ करोड" and "१२ करोड" appear in the ne short cases as 12 and 120 million, so no
// reading can satisfy both; we keep the real meaning.
// Known limits without a locale (the CLDR cases always carry one): abbreviations that mean
// different things in different languages take their shared meaning — "mil" = thousand
// (es/pt; "mil." with a dot = million as in cs/hr/ro), "t" = trillion (da/fi thousand, vi
// billion), "b" = billion (tr thousand), "m" = million (id billion) — and the single-language
// ones are read only with their locale: az "min", hu "E", vi "N", kk "м.", mk "М", ms "J",
// is "ma.", fr-CA "G", pt-PT "mM", ca "kM".

import { normalizeText, languageOf } from './normalize-text';
import {
  IMPLIED_ONE_WORDS,
  PREFIX_WORDS,
  groupSeparatorOf,
  suffixWordsFor,
  type ScaleWord,
} from './count-suffixes';

interface Reading {
  readonly value: number;
  /** No scale word: the digits are the exact count. */
  readonly exact: boolean;
  /** Value of one step in the last displayed digit, used to match exact and rounded forms. */
  readonly step: number;
}

// Digits with ".", ",", apostrophe groups, or space groups of exactly three digits.
const NUMBER = /\d+(?:[.,'’]\d+| \d{3}(?!\d))*/g;
const LETTER = /[\p{L}\p{M}]/u;
// Scripts written without spaces: a scale word may run straight into the next word ("1.2万回").
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]$/u;

export function parseCount(text: string, locale?: string): number | null {
  // Callers sometimes hand over whatever a DOM query returned; keep the contract total.
  const input: unknown = text;
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? Math.round(input) : null;
  if (typeof input !== 'string') return null;
  try {
    return parseCountText(normalizeText(input), languageOf(locale));
  } catch {
    return null;
  }
}

function parseCountText(text: string, lang: string | undefined): number | null {
  const readings = [...text.matchAll(NUMBER)].map((m) => readNumber(text, m, lang));
  const valid = readings.filter((r): r is Reading => r !== null);
  if (valid.length === 0) return readings.length === 0 ? impliedOne(text) : null;
  return chooseReading(valid);
}

function readNumber(text: string, match: RegExpMatchArray, lang: string | undefined): Reading | null {
  const raw = match[0];
  const start = match.index ?? 0;
  if (isNegative(text, start)) return null;
  const scale =
    matchSuffix(text.slice(start + raw.length), lang) ?? matchPrefix(text.slice(0, start));
  const parts = splitNumber(raw, scale !== null, lang);
  const multiplier = scale?.multiplier ?? 1;
  const divisor = 10 ** parts.fraction.length;
  const value = Math.round((Number(parts.integer + parts.fraction) * multiplier) / divisor);
  if (!Number.isSafeInteger(value) || value < 0) return null;
  return { value, exact: scale === null, step: multiplier / divisor };
}

// "-5" is not a count; a hyphen inside words ("1.2M-views") is not a sign.
function isNegative(text: string, start: number): boolean {
  const sign = text.charAt(start - 1);
  return (sign === '-' || sign === '\u2212') && (start === 1 || text.charAt(start - 2) === ' ');
}

function matchSuffix(after: string, lang: string | undefined): ScaleWord | null {
  const rest = after.replace(/^ /, '');
  for (const word of suffixWordsFor(lang)) {
    if (rest.startsWith(word.key) && endsWord(rest, word)) return word;
  }
  return null;
}

function endsWord(rest: string, word: ScaleWord): boolean {
  if (word.stem || UNSPACED_SCRIPT.test(word.key)) return true;
  const next = rest.charAt(word.key.length);
  return next === '' || !LETTER.test(next);
}

function matchPrefix(before: string): ScaleWord | null {
  const head = before.replace(/ $/, '');
  for (const word of PREFIX_WORDS) {
    if (!head.endsWith(word.key)) continue;
    const previous = head.charAt(head.length - word.key.length - 1);
    if (previous === '' || !LETTER.test(previous)) return word;
  }
  return null;
}

interface NumberParts {
  readonly integer: string;
  readonly fraction: string;
}

function splitNumber(raw: string, scaled: boolean, lang: string | undefined): NumberParts {
  const decimalAt = decimalIndex(raw, scaled, lang);
  if (decimalAt < 0) return { integer: raw.replace(/\D/g, ''), fraction: '' };
  return {
    integer: raw.slice(0, decimalAt).replace(/\D/g, ''),
    fraction: raw.slice(decimalAt + 1).replace(/\D/g, ''),
  };
}

/** Index of the decimal mark in raw, or -1 when every separator groups thousands. */
function decimalIndex(raw: string, scaled: boolean, lang: string | undefined): number {
  const dots = raw.split('.').length - 1;
  const commas = raw.split(',').length - 1;
  if (dots > 0 && commas > 0) return Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','));
  if (dots + commas !== 1) return -1;
  const mark = dots === 1 ? '.' : ',';
  const at = raw.indexOf(mark);
  const digitsAfter = raw.length - at - 1;
  if (digitsAfter !== 3) return at;
  if (!scaled) return -1;
  return groupSeparatorOf(lang) === mark ? -1 : at;
}

// A page may show the rounded form and the exact one ("1.2M views", "1,234,567 views");
// the exact digits win when they agree with the rounded form.
function chooseReading(readings: readonly Reading[]): number | null {
  const scaled = readings.filter((r) => !r.exact);
  const exact = readings.filter((r) => r.exact);
  const agreeing = exact.find((e) => scaled.some((s) => Math.abs(e.value - s.value) < s.step));
  if (agreeing) return agreeing.value;
  return (scaled[0] ?? exact[0])?.value ?? null;
}

function impliedOne(text: string): number | null {
  const word = /^[\p{L}\p{M}]+/u.exec(text)?.[0];
  return word ? (IMPLIED_ONE_WORDS[word] ?? null) : null;
}
