// Turns "3 weeks ago", "vor 3 Wochen", "il y a 3 jours", "Streamed 2 days ago", "yesterday"
// into a date, in the ~80 languages of the YouTube UI. Pure: the clock is the `now` argument.
//
// A string is accepted when one language table finds a time unit in it and either a marker of
// direction ("ago", "vor", "in"), a fixed phrase ("yesterday"), or, for English abbreviations
// and Hungarian endings only, nothing else but the amount and unit ("5d", "2 órája").
// The date is `now` minus the amount: calendar months and years in UTC (clamped to the month's
// last day, like dateutil's relativedelta), exact milliseconds for weeks and smaller.
//
// Known exception on the NewPipe YouTube strings (/work/shared/data/relative-dates, not in
// this repo): ru "только что" ("just now") is filed there as 1 second ago; we read it as
// 0 seconds ago, which is what the words say.

import { normalizeText, languageOf } from './normalize-text';
import { compileLanguage, scanText, type CompiledLanguage, type Entry } from './relative-date-scan';
import { LANGUAGE_WORDS, TIME_UNITS, type TimeUnit } from './relative-date-words';

export type RelativeDatePrecision = TimeUnit;

export interface RelativeDate {
  readonly date: Date;
  readonly precision: RelativeDatePrecision;
}

export function parseRelativeDate(text: string, now: Date, locale?: string): RelativeDate | null {
  const input: unknown = text;
  if (typeof input !== 'string' || !(now instanceof Date) || Number.isNaN(now.getTime())) return null;
  try {
    const normalized = normalizeText(input);
    if (normalized === '') return null;
    const reading = readInLanguages(normalized, languageOf(locale));
    return reading ? toRelativeDate(reading, now) : null;
  } catch {
    return null;
  }
}

interface Amount {
  readonly unit: TimeUnit;
  readonly amount: number;
}

interface Reading {
  readonly amounts: readonly Amount[];
  readonly future: boolean;
}

function readInLanguages(text: string, lang: string | undefined): Reading | null {
  for (const language of languagesToTry(lang)) {
    const reading = readInLanguage(text, language);
    if (reading) return reading;
  }
  return null;
}

let compiled: readonly CompiledLanguage[] | undefined;

// The locale's own table first; the others still get a try because a page's declared
// language is not always the language of the string.
function languagesToTry(lang: string | undefined): readonly CompiledLanguage[] {
  compiled ??= LANGUAGE_WORDS.map(compileLanguage);
  const alias = lang === 'iw' ? 'he' : lang === 'nb' || lang === 'nn' ? 'no' : lang;
  if (!alias) return compiled;
  const own = compiled.filter((c) => c.words.tags.includes(alias));
  return [...own, ...compiled.filter((c) => !own.includes(c))];
}

function readInLanguage(text: string, language: CompiledLanguage): Reading | null {
  const { entries, leftover } = scanText(text, language);
  const amounts = collectAmounts(entries);
  if (amounts.length === 0) return null;
  const past = entries.some((t) => t.kind === 'past');
  const future = entries.some((t) => t.kind === 'future');
  const phrase = entries.some((t) => t.kind === 'phrase');
  const bare = language.words.bare === true && !leftover;
  if (!past && !future && !phrase && !bare) return null;
  const ahead = amounts.some((a) => a.amount < 0) || (future && !past);
  return { amounts: amounts.map((a) => ({ unit: a.unit, amount: Math.abs(a.amount) })), future: ahead };
}

// One unit takes the string's number wherever it stands ("قبل ثانيتين (2)", "sekunde 21
// zilizopita"); several units each take the number just before them ("1 year, 2 months").
// A unit with no number next to a phrase only repeats it (Arabic "يوم أمس" = "day yesterday").
function collectAmounts(tokens: readonly Entry[]): Amount[] {
  const numbers = tokens.flatMap((t) => (t.kind === 'number' ? [t.amount] : []));
  const unitCount = tokens.filter((t) => t.kind === 'unit').length;
  const hasPhrase = tokens.some((t) => t.kind === 'phrase');
  const amounts: Amount[] = [];
  let pending: number | undefined;
  for (const token of tokens) {
    if (token.kind === 'number') pending = token.amount;
    else if (token.kind === 'phrase') amounts.push({ unit: token.unit, amount: token.amount });
    else if (token.kind === 'unit') {
      const amount = unitCount === 1 ? numbers[0] : pending;
      if (amount !== undefined || !hasPhrase) amounts.push({ unit: token.unit, amount: amount ?? 1 });
      pending = undefined;
    }
  }
  return dropIdleNow(amounts);
}

// "now - 2 hours": a zero-length phrase next to a real offset adds nothing.
function dropIdleNow(amounts: readonly Amount[]): Amount[] {
  const moving = amounts.filter((a) => a.amount !== 0);
  return moving.length > 0 ? moving : [...amounts];
}

const UNIT_MS: Readonly<Record<TimeUnit, number>> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
  month: 0,
  year: 0,
};

function toRelativeDate(reading: Reading, now: Date): RelativeDate | null {
  const sign = reading.future ? -1 : 1;
  let months = 0;
  let ms = 0;
  for (const { unit, amount } of reading.amounts) {
    if (unit === 'year') months += Math.round(amount * 12);
    else if (unit === 'month') months += Math.round(amount);
    else ms += amount * UNIT_MS[unit];
  }
  const shifted = shiftMonths(now, -sign * months).getTime() - sign * ms;
  const date = new Date(Math.round(shifted));
  if (Number.isNaN(date.getTime())) return null;
  return { date, precision: finestUnit(reading.amounts) };
}

/** Calendar month arithmetic in UTC; the 31st of a month lands on a shorter month's last day. */
function shiftMonths(from: Date, delta: number): Date {
  const result = new Date(from.getTime());
  if (delta === 0) return result;
  const total = from.getUTCFullYear() * 12 + from.getUTCMonth() + delta;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month + 1, 0);
  result.setUTCFullYear(year, month, Math.min(from.getUTCDate(), lastDay.getUTCDate()));
  return result;
}

function finestUnit(amounts: readonly Amount[]): TimeUnit {
  const indexes = amounts.map((a) => TIME_UNITS.indexOf(a.unit));
  return TIME_UNITS[Math.min(...indexes)] ?? 'day';
}
