import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, type CsvRow } from '@/lib/core/csv/columns';
import { toCsv } from '@/lib/core/csv/export';

/**
 * Opens an export in a real spreadsheet program: LibreOffice Calc, headless, converting
 * to flat ODS (XML) so every cell's type and text can be checked. CI installs soffice
 * (.ci/run); a missing soffice fails here rather than passing unchecked.
 */
const dir = mkdtempSync(join(tmpdir(), 'microscope-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function soffice(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('soffice (LibreOffice) is not installed: run `apt-get install -y libreoffice-calc-nogui` (.ci/run does this in CI).');
  }
}

/** Cells of the first sheet as [value-type, text, has-formula] per row; repeated empty cells expanded. */
function openInCalc(csv: string, name: string): Array<Array<{ type: string | null; text: string; formula: boolean }>> {
  const file = join(dir, `${name}.csv`);
  writeFileSync(file, csv);
  // 44 = comma, 34 = double quote, 76 = UTF-8, 1 = first line: the choices of Calc's import dialog.
  execFileSync(soffice(), [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'fods', '--outdir', dir, file], { timeout: 120_000, stdio: 'pipe' });
  const xml = new JSDOM(readFileSync(join(dir, `${name}.fods`), 'utf8'), { contentType: 'text/xml' }).window.document;
  return Array.from(xml.getElementsByTagName('table:table-row')).map((row) => Array.from(row.getElementsByTagName('table:table-cell')).flatMap((cell) => {
    const repeat = Number(cell.getAttribute('table:number-columns-repeated') ?? 1);
    const text = Array.from(cell.getElementsByTagName('text:p')).map((p) => p.textContent).join('\n');
    return Array.from({ length: repeat }, () => ({ type: cell.getAttribute('office:value-type'), text, formula: cell.hasAttribute('table:formula') }));
  }));
}

const col = (c: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(c);

describe('an export opened in LibreOffice Calc', () => {
  it('keeps hostile cells as text, non-Latin text intact, negative numbers numeric and unknowns empty', () => {
    const base = Object.fromEntries(CSV_COLUMNS.map((c) => [c, null])) as CsvRow;
    const rows: CsvRow[] = [
      { ...base, platform: 'instagram', handle: 'hostile', display_name: '=HYPERLINK("http://evil.example","click")', notes: '@SUM(1+1)\n+cmd|calc', tags: '-2+3', est_cost: -150, followers: 38234, engagement_rate: 0.027, top_language: 'de', language_share: 0.62, replied_threads: '3 of 6', creator_location: 'GB' },
      { ...base, platform: 'youtube', handle: 'ラーメン', display_name: 'Ramen 日本語 — «Ünïcødé» 🍜', notes: 'Line "one", two', followers: null, overall: null },
    ];
    const sheet = openInCalc(toCsv(rows), 'export');
    expect(sheet.flat().some((c) => c.formula)).toBe(false);
    expect(sheet[0]!.slice(0, CSV_COLUMNS.length).map((c) => c.text)).toEqual([...CSV_COLUMNS]);
    const [hostile, ramen] = [sheet[1]!, sheet[2]!];
    expect(hostile[col('display_name')]).toMatchObject({ type: 'string', text: `'=HYPERLINK("http://evil.example","click")` });
    expect(hostile[col('notes')]).toMatchObject({ type: 'string', text: "'@SUM(1+1)\n+cmd|calc" });
    expect(hostile[col('tags')]).toMatchObject({ type: 'string', text: "'-2+3" });
    expect(hostile[col('est_cost')]).toMatchObject({ type: 'float', text: '-150' });
    expect(hostile[col('followers')]).toMatchObject({ type: 'float', text: '38234' });
    // The audience columns stay what they are: "3 of 6" is not turned into a date.
    expect(hostile[col('replied_threads')]).toMatchObject({ type: 'string', text: '3 of 6' });
    expect(hostile[col('language_share')]).toMatchObject({ type: 'float', text: '0.62' });
    expect(hostile[col('creator_location')]).toMatchObject({ type: 'string', text: 'GB' });
    expect(ramen[col('handle')]!.text).toBe('ラーメン');
    expect(ramen[col('display_name')]!.text).toBe('Ramen 日本語 — «Ünïcødé» 🍜');
    expect(ramen[col('notes')]!.text).toBe('Line "one", two');
    expect(ramen[col('followers')]).toMatchObject({ type: null, text: '' });
    expect(ramen[col('overall')]).toMatchObject({ type: null, text: '' });
  });

  it('would have run an unguarded formula (the control: this test can see formulas)', () => {
    const sheet = openInCalc('\uFEFFa,b\r\n=1+1,x\r\n', 'control');
    expect(sheet[1]![0]!.formula).toBe(true);
  });
}, 180_000);
