import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, OPTIONAL_COLUMNS } from '@/lib/core/csv/columns';
import { MAX_IMPORT_BYTES } from '@/lib/core/csv/decode';
import { parseImport } from '@/lib/core/csv/import';
import { describeProblems } from '@/lib/core/csv/problems';
import { MAX_IMPORT_ROWS } from '@/lib/core/csv/table';

const HEADER = CSV_COLUMNS.join(',');
const GOOD = 'instagram,wren.wears,https://www.instagram.com/wren.wears/,Wren,38234,micro,0.027,typical,74,80,70,72,hidden-likes; posting-gap,UK 2/3,0.5,150–300,GBP,contacted,vegan; uk,"Said yes, ""maybe""",Spring,2026-11-20T12:00:00.000Z,de,0.62,3 of 6,GB';
const file = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);

function reasons(bytes: Uint8Array): string {
  const r = parseImport(bytes);
  if (r.ok) throw new Error('expected the file to be refused');
  return describeProblems(r.problems);
}

describe('parseImport accepts', () => {
  it('our own format, typed, with unknown cells as null', () => {
    const r = parseImport(file(HEADER, GOOD, GOOD.replace('wren.wears,', 'ann,').replace(',38234,', ',,')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a, b] = r.value.rows;
    expect(a).toMatchObject({ row: 2, key: 'instagram:wren.wears', status: 'contacted', tags: ['vegan', 'uk'], notes: 'Said yes, "maybe"' });
    expect(a!.cells).toMatchObject({ followers: 38234, engagement_rate: 0.027, flags: 'hidden-likes; posting-gap', est_cost: '150–300' });
    expect(b!.cells.followers).toBeNull();
  });

  it('reads a cell of blanks as unknown, never 0', () => {
    const r = parseImport(file(HEADER, GOOD.replace(',38234,', ',   ,').replace(',74,80,', ',\u00a0,80,')));
    expect(r.ok && r.value.rows[0]!.cells).toMatchObject({ followers: null, overall: null, metrics: 80 });
  });

  it('unguards cells the export guarded, and normalises typed handles', () => {
    const r = parseImport(file(HEADER, GOOD.replace('Wren', "'=HYPERLINK(1)").replace('wren.wears,', '@Wren.Wears,')));
    expect(r.ok && r.value.rows[0]).toMatchObject({ key: 'instagram:wren.wears', cells: { display_name: '=HYPERLINK(1)' } });
  });

  it('a file from before the audience columns: they read as unknown, the rest as usual', () => {
    const old = CSV_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.has(c)).join(',');
    const r = parseImport(file(old, GOOD.replace(',de,0.62,3 of 6,GB', '')));
    expect(r.ok && r.value.rows[0]!.cells).toMatchObject({ followers: 38234, top_language: null, language_share: null, replied_threads: null, creator_location: null });
    expect(r.ok && r.value.extraColumns).toEqual([]);
  });

  it('the audience columns, typed, and refused in a form the export never writes', () => {
    const r = parseImport(file(HEADER, GOOD));
    expect(r.ok && r.value.rows[0]!.cells).toMatchObject({ top_language: 'de', language_share: 0.62, replied_threads: '3 of 6', creator_location: 'GB' });
    // Files written before the cell said "3 of 6" read too.
    expect(parseImport(file(HEADER, GOOD.replace(',3 of 6,', ',3/6,'))).ok).toBe(true);
    expect(reasons(file(HEADER, GOOD.replace(',3 of 6,', ',three,')))).toMatch(/row 2.*replied_threads/);
    expect(reasons(file(HEADER, GOOD.replace(',3 of 6,GB', ',3 of 6,Britain')))).toMatch(/row 2.*creator_location/);
  });

  it('a file exported before the campaign column was renamed: "shortlist" reads as "campaign"', () => {
    expect(HEADER).toContain(',campaign,');
    const r = parseImport(file(HEADER.replace(',campaign,', ',shortlist,'), GOOD));
    expect(r.ok && r.value.rows[0]!.cells.campaign).toBe('Spring');
    expect(r.ok && r.value.extraColumns).toEqual([]);
  });

  it('keeps the scout\'s own columns with their place', () => {
    const r = parseImport(file(`Owner,${HEADER},Budget`, `Priya,${GOOD},"-1,200"`));
    expect(r.ok && r.value.extraColumns).toEqual([{ name: 'Owner', after: null }, { name: 'Budget', after: 'creator_location' }]);
    expect(r.ok && r.value.rows[0]!.extra).toEqual({ Owner: 'Priya', Budget: '-1,200' });
  });
});

describe('parseImport refuses the whole file, naming rows', () => {
  it('a number in a form the export never writes (hex, exponent, decimal comma)', () => {
    expect(reasons(file(HEADER, GOOD.replace(',38234,', ',0x10,')))).toMatch(/row 2.*followers/i);
    expect(reasons(file(HEADER, GOOD.replace(',0.027,', ',"0,027",')))).toMatch(/row 2.*engagement_rate/i);
  });

  it('missing columns', () => {
    expect(reasons(file(HEADER.replace(',handle', ''), GOOD))).toMatch(/row 1: missing columns: handle/);
  });
  it('a file that is not a campaign CSV at all', () => {
    expect(reasons(file('name,email', 'a,b'))).toMatch(/not a Microscope campaign CSV/);
  });
  it('a repeated or unnamed column', () => {
    expect(reasons(file(`${HEADER},notes,`, `${GOOD},x,y`))).toMatch(/column "notes" appears twice[\s\S]*column 28 has no name/);
  });
  it('broken quoting', () => {
    expect(reasons(file(HEADER, GOOD, GOOD.replace('"Said yes, ""maybe"""', '"never closed')))).toMatch(/row 3: a quoted cell is never closed/);
  });
  it('a ragged row', () => {
    expect(reasons(file(HEADER, GOOD, `${GOOD},surplus`))).toMatch(/row 3: 27 cells where the header has 26/);
  });
  it('UTF-16, with or without a byte-order mark', () => {
    const text = `${HEADER}\r\n${GOOD}\r\n`;
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) le[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    expect(reasons(le)).toMatch(/UTF-16/);
    expect(reasons(le.subarray(2))).toMatch(/NUL bytes/);
  });
  it('Latin-1 bytes that are not UTF-8, naming the line', () => {
    const latin1 = Uint8Array.from(`${HEADER}\r\n${GOOD.replace('Wren', 'Ren\u00e9e')}\r\n`, (c) => c.charCodeAt(0) & 0xff);
    expect(reasons(latin1)).toMatch(/row 2: .*not valid UTF-8/);
  });
  it('50 MB of junk, by size, before reading it', () => {
    const junk = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const t0 = performance.now();
    expect(reasons(junk)).toMatch(/50\.0 MB/);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(MAX_IMPORT_BYTES).toBeLessThan(junk.length);
  });
  it('more rows than a campaign could hold', () => {
    const line = 'instagram,a,,,,,,,,,,,,,,,,,,,,';
    expect(reasons(file(HEADER, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => line)))).toMatch(/at most 50000/);
  });
  it('a handle that is not valid for its platform', () => {
    expect(reasons(file(HEADER, GOOD.replace('wren.wears,', 'wren wears!,'), GOOD.replace('instagram,wren.wears', 'tiktok,a')))).toMatch(/row 2: handle: "wren wears!" is not a instagram handle[\s\S]*row 3: handle: "a" is not a tiktok handle/);
  });
  it('bad values: status, numbers, flags, dates, platform', () => {
    const bad = GOOD.replace('contacted', 'maybe').replace(',38234,', ',-5,').replace('hidden-likes', 'made-up-flag').replace('2026-11-20T12:00:00.000Z', 'yesterday').replace('instagram,', 'myspace,');
    const r = reasons(file(HEADER, GOOD, bad));
    for (const field of ['platform', 'followers', 'flags', 'status', 'last_scored_at']) expect(r).toMatch(new RegExp(`row 3: ${field}`));
    expect(r).not.toMatch(/row 2/);
  });
  it('the same creator twice', () => {
    expect(reasons(file(HEADER, GOOD, GOOD.replace('wren.wears,', 'WREN.WEARS,')))).toMatch(/row 3: instagram:wren.wears already appears in row 2/);
  });
});
