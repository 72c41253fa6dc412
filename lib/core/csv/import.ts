import { decodeCsvBytes } from './decode';
import { importRowOf, type ImportRow } from './import-row';
import { refused, type Checked, type ImportProblem } from './problems';
import { readTable, type CsvTable } from './table';

export interface ParsedImport {
  rows: ImportRow[];
  extraColumns: CsvTable['extraColumns'];
}

/**
 * A teammate's or hand-edited CSV, checked whole: size, encoding, quoting, header,
 * every row (zod), and repeated creators. Any problem refuses the whole file, with
 * the rows at fault, so a merge never runs on half a file. Pure: no database.
 */
export function parseImport(bytes: ArrayBuffer | Uint8Array): Checked<ParsedImport> {
  const text = decodeCsvBytes(bytes);
  if (!text.ok) return text;
  const table = readTable(text.value);
  if (!table.ok) return table;
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of table.value.records) {
    const r = importRowOf(row, cells);
    if (!r.ok) {
      problems.push(...r.messages.map((message) => ({ row, message })));
      continue;
    }
    const earlier = firstRowOf.get(r.value.key);
    if (earlier !== undefined) problems.push({ row, message: `${r.value.key} already appears in row ${earlier}` });
    else firstRowOf.set(r.value.key, row);
    rows.push(r.value);
  }
  if (problems.length) return refused(problems);
  return { ok: true, value: { rows, extraColumns: table.value.extraColumns } };
}
