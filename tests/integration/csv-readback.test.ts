import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type CsvRow } from '@/lib/core/csv/columns';
import { toCsv } from '@/lib/core/csv/export';
import { guardCell, unguardCell } from '@/lib/core/csv/guard';

/**
 * Another program must read back exactly the cells we wrote: every text cell as guarded, every
 * number as written, unknowns empty. Two independent readers: papaparse with every error
 * reported, and Python's csv module in strict mode (a separate implementation of RFC 4180).
 */

const TEXT_COLUMNS = ['display_name', 'notes', 'tags', 'campaign'] as const;
const HOSTILE = [
  '=HYPERLINK("http://evil.example","x")', '+1+2', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '=cmd|\' /C calc\'!A0',
  'Line one, "quoted"\r\nline two', 'a\nb', '"', '""', ',', ' leading and trailing ', '日本語 — 🍜 Zoë', '\u0000nul', '',
];

function rowOf(texts: Record<(typeof TEXT_COLUMNS)[number], string>, followers: number | null, rate: number | null): CsvRow {
  const base = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as CsvRow;
  return { ...base, platform: 'instagram', handle: 'someone', followers, engagement_rate: rate, ...texts };
}

/** The cells exactly as toCsv wrote them: guarded text, numbers in their plain form, '' for unknown. */
function written(row: CsvRow): string[] {
  return CSV_COLUMNS.map((c) => {
    const v = row[c];
    return v === null ? '' : typeof v === 'number' ? String(v) : guardCell(v);
  });
}

function pythonReads(csv: string): string[][] {
  const script = 'import csv, io, json, sys\n'
    + "text = sys.stdin.buffer.read().decode('utf-8-sig')\n"
    + "print(json.dumps(list(csv.reader(io.StringIO(text, newline=''), strict=True))))";
  try {
    return JSON.parse(execFileSync('python3', ['-c', script], { input: Buffer.from(csv, 'utf8'), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as string[][];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('python3 is not installed: `apt-get install -y python3` (.ci/run does this in CI).');
    throw err;
  }
}

const papaReads = (csv: string) => {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', quoteChar: '"', newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data.slice(0, -1); // the last CRLF ends the last record; papaparse reports an empty one after it
};

const cell = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => s.isWellFormed()));
const texts = fc.record({ display_name: cell, notes: cell, tags: cell, campaign: cell });
const rows = fc.array(fc.record({
  texts,
  followers: fc.option(fc.nat(), { nil: null }),
  rate: fc.option(fc.double({ min: -1, max: 10, noNaN: true }).map((x) => Number(x.toFixed(6))), { nil: null }),
}), { minLength: 1, maxLength: 8 }).map((xs) => xs.map((x) => rowOf(x.texts, x.followers, x.rate)));

describe('reading back an export', () => {
  it('papaparse gets back every cell exactly as written, hostile ones included (property)', () => {
    fc.assert(fc.property(rows, (rs) => {
      const records = papaReads(toCsv(rs));
      expect(records[0]).toEqual([...CSV_COLUMNS]);
      expect(records.slice(1)).toEqual(rs.map(written));
      // and the import side undoes the guard, giving back the original text
      rs.forEach((r, i) => TEXT_COLUMNS.forEach((c) => expect(unguardCell(records[i + 1]![CSV_COLUMNS.indexOf(c)]!)).toBe(r[c])));
    }), { numRuns: 300 });
  });

  it('Python’s csv module (strict) gets back every cell exactly as written', () => {
    const sample = fc.sample(rows, { numRuns: 60, seed: 20261204 }).flat();
    const hostile = HOSTILE.map((h, i) => rowOf({ display_name: h, notes: HOSTILE[(i + 1) % HOSTILE.length]!, tags: h, campaign: 'Spring' }, i % 3 ? 1000 * i : null, i % 2 ? -0.25 : 0.031415));
    const all = [...hostile, ...sample];
    const records = pythonReads(toCsv(all));
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records.slice(1)).toEqual(all.map(written));
    // A negative number stays a plain number (not guarded into text), an unknown stays empty.
    expect(records[2]![CSV_COLUMNS.indexOf('engagement_rate')]).toBe('-0.25');
    expect(records[1]![CSV_COLUMNS.indexOf('followers')]).toBe('');
  });
});
