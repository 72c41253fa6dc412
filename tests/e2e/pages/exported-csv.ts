import Papa from 'papaparse';
import { expect } from 'vitest';
import type { Sample } from '../samples';
import { expectedFollowers } from './shared';
// Apart from shared.ts, which the bench (run outside vitest) imports too.

/**
 * The rows of a campaign CSV as a teammate's spreadsheet reads them, one per sample, by platform and
 * handle, after what every export must be: a byte-order mark, CRLF line ends, clean quoting, one row
 * per creator. Both browsers' suites check their export through this.
 */
export function exportedRows(csv: string, creators: readonly Sample[]): Map<string, Record<string, string>> {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('\r\n');
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, delimiter: ',', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(creators.length);
  const rows = new Map<string, Record<string, string>>();
  for (const s of creators) {
    const row = parsed.data.find((r) => r.platform === s.platform && r.handle === s.expect.handle);
    expect(row, s.id).toBeDefined();
    expect(Number(row!.followers), s.id).toBe(expectedFollowers(s));
    rows.set(s.id, row!);
  }
  return rows;
}
