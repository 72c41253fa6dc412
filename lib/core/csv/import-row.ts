import { z } from 'zod';
import { EntryStatus } from '../model/rows';
import { Currency } from '../model/brand';
import { FlagId } from '../model/findings';
import { Tier } from '../model/scorecard';
import { PlatformId } from '../model/snapshot';
import { CSV_COLUMNS, type CsvRow } from './columns';
import { handleProblem, normaliseHandle } from './handles';
import { unguardCell } from './guard';
import { parseCost, parseDisclosure } from './imported-score';
import { HttpsUrl } from '../model/https-url';

/** Empty (or only blanks) means unknown: null, never 0 (the export's rule, read back). */
const emptyIsNull = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), inner.nullable());
/** A plain decimal as the export writes it; "0x10", "1e3" or "12,5" are not silently coerced. */
const DECIMAL = /^\s*-?\d+(?:\.\d+)?\s*$/;
const num = (min: number, max: number, int = false) => emptyIsNull(z.string().regex(DECIMAL, 'a plain number such as 1234 or 0.034').pipe(z.coerce.number()).refine((n) => Number.isFinite(n) && n >= min && n <= max && (!int || Number.isInteger(n)), `a number from ${min} to ${max}${int ? ' (whole)' : ''}`));
const text = emptyIsNull(z.string());
const list = z.string().transform((s) => s.split(';').map((x) => x.trim()).filter(Boolean));

/** One CSV row, validated and typed; cells were unguarded before this runs. */
const RowCells = z.object({
  platform: z.string().trim().toLowerCase().pipe(PlatformId),
  handle: z.string().transform(normaliseHandle),
  profile_url: emptyIsNull(HttpsUrl),
  display_name: text,
  followers: num(0, Number.MAX_SAFE_INTEGER, true),
  tier: emptyIsNull(Tier),
  engagement_rate: num(0, 1_000),
  engagement_verdict: emptyIsNull(z.enum(['low', 'typical', 'high', 'suspiciously-high'])),
  overall: num(0, 100),
  metrics: num(0, 100),
  content: num(0, 100),
  risk: num(0, 100),
  flags: list.pipe(z.array(FlagId)),
  disclosure: text,
  value_fit: num(0, 1),
  est_cost: text,
  currency: emptyIsNull(Currency),
  status: emptyIsNull(z.string().trim().toLowerCase().pipe(EntryStatus)),
  tags: list,
  notes: z.string(),
  campaign: z.string(),
  last_scored_at: emptyIsNull(z.string().datetime({ offset: true })),
  top_language: emptyIsNull(z.string().trim().regex(/^([a-z]{2,3}|other)$/, 'a language code such as "de"')),
  language_share: num(0, 1),
  replied_threads: emptyIsNull(z.string().trim().regex(/^\d+(?: of |\/)\d+$/, 'replied threads of visible threads, such as "3 of 6"')),
  creator_location: emptyIsNull(z.string().trim().regex(/^[A-Z]{2}$/, 'a country code such as "GB"')),
}).superRefine((r, ctx) => {
  const bad = handleProblem(r.platform, r.handle);
  if (bad) ctx.addIssue({ code: 'custom', path: ['handle'], message: bad });
  // Read back into a scorecard on import, so they must be in the export's own form.
  if (r.disclosure !== null && !parseDisclosure(r.disclosure)) ctx.addIssue({ code: 'custom', path: ['disclosure'], message: 'expected "UK 2/3; US 1/3"' });
  if (r.est_cost !== null && (!parseCost(r.est_cost) || r.currency === null)) ctx.addIssue({ code: 'custom', path: ['est_cost'], message: 'expected "150–300" with a currency' });
});

export interface ImportRow {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /** `${platform}:${handle}`, the creator id rows match on. */
  key: string;
  cells: CsvRow;
  status: EntryStatus | null;
  tags: string[];
  notes: string;
  lastScoredAt: string | null;
  /** The scout's own columns' cells, by column name. */
  extra: Record<string, string>;
}

export type RowResult = { ok: true; value: ImportRow } | { ok: false; messages: string[] };

/** Validates one record's cells (by column name) into an ImportRow. */
export function importRowOf(row: number, cells: Record<string, string>): RowResult {
  const plain = Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, unguardCell(v)]));
  const r = RowCells.safeParse(plain);
  if (!r.success) return { ok: false, messages: r.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`) };
  const v = r.data;
  const typed = Object.fromEntries(CSV_COLUMNS.map((c) => [c, v[c]])) as Record<string, unknown>;
  const csv: CsvRow = { ...(typed as CsvRow), flags: v.flags.join('; '), tags: v.tags.join('; '), status: v.status };
  const extra = Object.fromEntries(Object.entries(plain).filter(([k]) => !(CSV_COLUMNS as readonly string[]).includes(k)));
  return {
    ok: true,
    value: { row, key: `${v.platform}:${v.handle}`, cells: csv, status: v.status, tags: v.tags, notes: v.notes, lastScoredAt: v.last_scored_at, extra },
  };
}
