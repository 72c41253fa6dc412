/** Why an import was refused: `row` is the spreadsheet row (the header is row 1), null for the whole file. */
export interface ImportProblem {
  row: number | null;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: ImportProblem[] };

/** At most this many problems are listed: a file of junk would otherwise list one per line. */
export const MAX_PROBLEMS = 50;

export function refused<T>(problems: ImportProblem[]): Checked<T> {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** "row 4: …" lines for an error message or a log. */
export function describeProblems(problems: ImportProblem[]): string {
  return problems.map((p) => (p.row === null ? p.message : `row ${p.row}: ${p.message}`)).join('\n');
}
