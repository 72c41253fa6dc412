import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type CsvRow } from '@/lib/core/csv/columns';
import { toCsv } from '@/lib/core/csv/export';
import { guardCell, unguardCell } from '@/lib/core/csv/guard';

function row(over: Partial<CsvRow>): CsvRow {
  const base = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as CsvRow;
  return { ...base, platform: 'instagram', handle: 'someone', ...over };
}

describe('toCsv', () => {
  it('writes a BOM, the documented header and CRLF line ends', () => {
    const csv = toCsv([row({ followers: 38234 })]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('writes unknown values as empty cells, never 0', () => {
    const [header, line] = toCsv([row({ followers: null, engagement_rate: null })]).slice(1).split('\r\n');
    const cells = Papa.parse<string[]>(`${header}\r\n${line}`).data[1] ?? [];
    expect(cells[CSV_COLUMNS.indexOf('followers')]).toBe('');
    expect(cells[CSV_COLUMNS.indexOf('engagement_rate')]).toBe('');
  });

  it('neutralises formula cells but keeps real negative numbers numeric', () => {
    const hostile = '=HYPERLINK("http://evil.example","x")';
    const csv = toCsv([row({ display_name: hostile, notes: '@SUM(1)', tags: '-2+3', est_cost: -150 })]);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    const r = parsed.data[0]!;
    expect(r.display_name).toBe(`'${hostile}`);
    expect(r.notes).toBe("'@SUM(1)");
    expect(r.tags).toBe("'-2+3");
    expect(r.est_cost).toBe('-150');
    expect(parsed.errors).toEqual([]);
  });

  it('round-trips quotes, commas, newlines and non-Latin text through a strict parser', () => {
    const tricky = 'Line one, "quoted"\nline two — 日本語 🍜';
    const csv = toCsv([row({ notes: tricky, display_name: '\tTabbed' })]);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]!.notes).toBe(tricky);
    expect(unguardCell(parsed.data[0]!.display_name!)).toBe('\tTabbed');
  });
});

describe('guardCell', () => {
  it.each(['=1+1', '+1', '-1', '@x', '\tx', '\rx'])('guards %j', (v) => {
    expect(guardCell(v)).toBe(`'${v}`);
    expect(unguardCell(guardCell(v))).toBe(v);
  });
  it('leaves ordinary text alone', () => {
    expect(guardCell("Ann's kitchen")).toBe("Ann's kitchen");
    expect(unguardCell("'quoted'")).toBe("'quoted'");
  });
});
