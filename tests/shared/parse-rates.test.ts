// Pass rates of the count and relative-date parsers on the shared peer data
// (../shared/data beside the repo). That data is not redistributable and never enters the
// repo; where it is absent this file defines no tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseCount } from '../../lib/core/parse/count';
import { parseRelativeDate } from '../../lib/core/parse/relative-date';
import { SHARED_DIR } from './shared-paths';

const dataDir = join(SHARED_DIR, 'data');

interface CountCase {
  readonly id: string;
  /** Some peer cases are deliberately not strings (null, 523, []). */
  readonly input: unknown;
  readonly locale: string | null;
  readonly expected: number | null;
  readonly kind: string;
}

type Delta = Readonly<Partial<Record<DeltaUnit, number>>>;
type DeltaUnit = 'seconds' | 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

interface DateCase {
  readonly id: string;
  readonly input: string;
  readonly locale: string | null;
  readonly expected: { readonly ago?: Delta; readonly in_future?: Delta } | null;
  readonly kind: string;
  readonly source: { readonly repo: string };
}

interface Tally {
  passed: number;
  total: number;
  readonly failures: string[];
}

const DELTA_UNITS: readonly DeltaUnit[] = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'];
const DELTA_MS: Readonly<Record<DeltaUnit, number>> = {
  seconds: 1_000, minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 604_800_000, months: 0, years: 0,
};
// Mid-month, mid-day: no month-end clamping or date-line effects can hide a wrong unit.
const NOW = new Date('2020-01-15T12:30:45Z');

function readCases<T>(file: string): readonly T[] {
  return (JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { cases: T[] }).cases;
}

function tallyOf(tallies: Map<string, Tally>, key: string): Tally {
  const tally = tallies.get(key) ?? { passed: 0, total: 0, failures: [] };
  tallies.set(key, tally);
  return tally;
}

function record(tally: Tally, ok: boolean, failure: string): void {
  tally.total += 1;
  if (ok) tally.passed += 1;
  else tally.failures.push(failure);
}

function rate(tally: Tally): number {
  return tally.total === 0 ? 0 : tally.passed / tally.total;
}

function report(label: string, tally: Tally): void {
  const percent = (rate(tally) * 100).toFixed(tally.passed === tally.total ? 1 : 2);
  console.log(`${label}: ${tally.passed}/${tally.total} (${percent}%)`);
  for (const failure of tally.failures.slice(0, 10)) console.log(`  miss ${failure}`);
}

/** relativedelta semantics: calendar months first (clamped), then fixed-length units. */
function expectedDate(delta: Delta, sign: 1 | -1): Date {
  const date = new Date(NOW.getTime());
  const months = (delta.years ?? 0) * 12 + (delta.months ?? 0);
  if (months !== 0) {
    const total = date.getUTCFullYear() * 12 + date.getUTCMonth() - sign * months;
    const year = Math.floor(total / 12);
    const month = total - year * 12;
    const lastDay = new Date(Date.UTC(2000, 0, 1));
    lastDay.setUTCFullYear(year, month + 1, 0);
    date.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay.getUTCDate()));
  }
  const ms = DELTA_UNITS.reduce((sum, unit) => sum + (delta[unit] ?? 0) * DELTA_MS[unit], 0);
  return new Date(date.getTime() - sign * ms);
}

function dateCaseOk(c: DateCase): boolean {
  const got = parseRelativeDate(c.input, NOW, c.locale ?? undefined);
  if (c.expected === null) return got === null;
  const delta = c.expected.ago ?? c.expected.in_future ?? {};
  const finest = DELTA_UNITS.find((unit) => unit in delta) ?? 'days';
  const want = expectedDate(delta, c.expected.ago ? 1 : -1);
  return got !== null && got.date.getTime() === want.getTime() && `${got.precision}s` === finest;
}

// Always defined: vitest fails a file without tests, and the expected dates below are only
// as good as this relativedelta-style arithmetic.
describe('parse-rates harness', () => {
  it('subtracts calendar months with month-end clamping, then fixed units', () => {
    expect(expectedDate({ months: 1 }, 1).toISOString()).toBe('2019-12-15T12:30:45.000Z');
    expect(expectedDate({ years: 1, weeks: 1 }, 1).toISOString()).toBe('2019-01-08T12:30:45.000Z');
    expect(expectedDate({ days: 2 }, -1).toISOString()).toBe('2020-01-17T12:30:45.000Z');
    expect(expectedDate({ months: 10 }, -1).toISOString()).toBe('2020-11-15T12:30:45.000Z');
  });
});

if (existsSync(dataDir)) {
  describe('parser pass rates on ../shared/data', () => {
    it('parseCount: 100% of peer cases, at least 99% of generated CLDR cases', () => {
      const byKind = new Map<string, Tally>();
      const peer: Tally = { passed: 0, total: 0, failures: [] };
      const generated: Tally = { passed: 0, total: 0, failures: [] };
      for (const c of readCases<CountCase>('counts/cases.json')) {
        const got = parseCount(c.input as string, c.locale ?? undefined);
        const ok = got === c.expected;
        const failure = `${c.id} ${c.locale ?? '-'} ${JSON.stringify(c.input)} expected ${c.expected} got ${got}`;
        record(tallyOf(byKind, c.kind), ok, failure);
        if (c.kind.startsWith('peer_unit_test')) record(peer, ok, failure);
        if (c.kind.startsWith('generated_cldr')) record(generated, ok, failure);
      }
      for (const [kind, tally] of byKind) report(`parseCount [${kind}]`, tally);
      report('parseCount peer cases', peer);
      report('parseCount generated CLDR cases', generated);
      expect(peer.total).toBeGreaterThan(0);
      expect(peer.failures).toEqual([]);
      expect(rate(generated)).toBeGreaterThanOrEqual(0.99);
    });

    it('parseRelativeDate: at least 99% of NewPipe cases; future strings never read as past', () => {
      const bySource = new Map<string, Tally>();
      const newPipe: Tally = { passed: 0, total: 0, failures: [] };
      const youtubeLanguages = new Map<string, boolean>();
      let futureReadAsPast = 0;
      for (const c of readCases<DateCase>('relative-dates/cases.json')) {
        const ok = dateCaseOk(c);
        const failure = `${c.id} ${c.locale ?? '-'} ${JSON.stringify(c.input)} expected ${JSON.stringify(c.expected)}`;
        record(tallyOf(bySource, `${c.source.repo} [${c.kind}]`), ok, failure);
        if (c.source.repo.includes('TeamNewPipe')) record(newPipe, ok, failure);
        if (c.kind === 'youtube_ui_string' && c.locale) {
          youtubeLanguages.set(c.locale, (youtubeLanguages.get(c.locale) ?? true) && ok);
        }
        const got = c.expected?.in_future ? parseRelativeDate(c.input, NOW, c.locale ?? undefined) : null;
        if (got && got.date.getTime() < NOW.getTime()) futureReadAsPast += 1;
      }
      for (const [source, tally] of bySource) report(`parseRelativeDate ${source}`, tally);
      report('parseRelativeDate NewPipe cases (all)', newPipe);
      const fullyParsed = [...youtubeLanguages.values()].filter(Boolean).length;
      console.log(`parseRelativeDate YouTube UI languages fully parsed: ${fullyParsed}/${youtubeLanguages.size}`);
      console.log(`parseRelativeDate future strings read as past: ${futureReadAsPast}`);
      expect(newPipe.total).toBeGreaterThan(0);
      expect(rate(newPipe)).toBeGreaterThanOrEqual(0.99);
      expect(futureReadAsPast).toBe(0);
    });
  });
}
