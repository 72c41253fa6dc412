import Papa from 'papaparse';
import type { ExtraColumn } from '../model/rows';
import { CSV_COLUMNS, OPTIONAL_COLUMNS, RENAMED_COLUMNS, type CsvColumn } from './columns';
import { unguardCell } from './guard';
import { refused, type Checked, type ImportProblem } from './problems';

/** A spreadsheet-sized cap on rows, checked before any row is validated. */
export const MAX_IMPORT_ROWS = 50_000;

export interface CsvTable {
  header: string[];
  /** Columns the scout added, each placed after the documented column before it. */
  extraColumns: ExtraColumn[];
  /** Cells by column name, with the spreadsheet row number (header = row 1). */
  records: Array<{ row: number; cells: Record<string, string> }>;
}

const KNOWN = new Set<string>(CSV_COLUMNS);

/** RFC 4180 text → named cells; refuses broken quoting, a wrong header and ragged rows. */
export function readTable(text: string): Checked<CsvTable> {
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', quoteChar: '"', skipEmptyLines: true });
  const problems: ImportProblem[] = parsed.errors.map((e) => ({
    row: e.row === undefined ? null : e.row + 1,
    message: e.code === 'MissingQuotes' ? 'a quoted cell is never closed (broken quoting)' : e.code === 'InvalidQuotes' ? 'a quote sits inside an unquoted cell or after a closing quote (broken quoting)' : e.message,
  }));
  if (problems.length) return refused(problems);
  const [header = [], ...body] = parsed.data;
  if (body.length > MAX_IMPORT_ROWS) return refused([{ row: null, message: `The file has ${body.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once.` }]);
  // A header name guarded on export (a column named "=…") reads back as its name.
  const names = header.map((h) => unguardCell(h.trim())).map((n) => RENAMED_COLUMNS[n] ?? n);
  const headerProblems = checkHeader(names);
  if (headerProblems.length) return refused(headerProblems);
  const ragged = body.flatMap((cells, i) => (cells.length === names.length ? [] : [{ row: i + 2, message: `${cells.length} cells where the header has ${names.length} (a missing or extra comma?)` }]));
  if (ragged.length) return refused(ragged);
  return {
    ok: true,
    value: {
      header: names,
      extraColumns: extraColumnsOf(names),
      records: body.map((cells, i) => ({ row: i + 2, cells: { ...ABSENT_OPTIONAL, ...Object.fromEntries(names.map((n, j) => [n, cells[j] ?? ''])) } })),
    },
  };
}

/** An older file's cells for the columns it predates: empty, which reads as unknown. */
const ABSENT_OPTIONAL: Record<string, string> = Object.fromEntries([...OPTIONAL_COLUMNS].map((c) => [c, '']));

function checkHeader(names: string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c) && !OPTIONAL_COLUMNS.has(c));
  if (CSV_COLUMNS.every((c) => !names.includes(c))) return [{ row: 1, message: `This is not a Microscope campaign CSV: the header has none of its columns (${CSV_COLUMNS.slice(0, 3).join(', ')}, …).` }];
  if (missing.length) problems.push({ row: 1, message: `missing columns: ${missing.join(', ')}` });
  const seen = new Set<string>();
  names.forEach((n, i) => {
    if (n === '') problems.push({ row: 1, message: `column ${i + 1} has no name` });
    else if (seen.has(n)) problems.push({ row: 1, message: `column "${n}" appears twice` });
    seen.add(n);
  });
  return problems;
}

function extraColumnsOf(names: string[]): ExtraColumn[] {
  let after: CsvColumn | null = null;
  const out: ExtraColumn[] = [];
  for (const n of names) {
    if (KNOWN.has(n)) after = n as CsvColumn;
    else out.push({ name: n, after });
  }
  return out;
}
