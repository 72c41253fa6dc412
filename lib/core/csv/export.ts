import Papa from 'papaparse';
import type { ShortlistView } from '../model/shortlist-view';
import type { ExtraColumn } from '../model/rows';
import type { FlagId } from '../model/findings';
import { CSV_COLUMNS, type CsvRow } from './columns';
import { guardCell } from './guard';

export function rowOf({ entry, shortlist, creator, score }: ShortlistView): CsvRow {
  return {
    platform: creator.platform,
    handle: creator.handle,
    profile_url: creator.profileUrl,
    display_name: creator.displayName,
    followers: creator.followers,
    tier: score.tier,
    engagement_rate: score.engagementRate === null ? null : Number(score.engagementRate.toFixed(6)),
    engagement_verdict: score.engagementVerdict,
    overall: score.summary.overall,
    metrics: score.summary.metrics,
    content: score.summary.content,
    risk: score.summary.risk,
    flags: flagsCell({ entry, shortlist, creator, score }),
    disclosure: score.disclosure,
    value_fit: score.valueFit === null ? null : Number(score.valueFit.toFixed(4)),
    est_cost: score.cost ? `${score.cost.low}–${score.cost.high}` : null,
    currency: score.cost?.currency ?? null,
    status: entry.status,
    tags: entry.tags.join('; '),
    notes: entry.notes,
    campaign: shortlist.name,
    last_scored_at: creator.lastScoredAt,
    top_language: score.topLanguage?.lang ?? null,
    language_share: score.topLanguage ? Number(score.topLanguage.share.toFixed(4)) : null,
    // "3 of 6", not "3/6", which spreadsheets turn into a date.
    replied_threads: score.repliedThreads ? `${score.repliedThreads.replied} of ${score.repliedThreads.threads}` : null,
    creator_location: score.creatorLocation,
  };
}

/**
 * The stable flag ids, with the notes on rounded counts taken from what the row itself knows:
 * creators scored before those notes existed still say which numbers are lower bounds.
 */
function flagsCell({ creator, score }: ShortlistView): string {
  const ids = new Set<FlagId>(score.flags);
  if (creator.followersApproximate && creator.followers !== null) ids.add('rounded-followers');
  if (score.engagementApproximate && score.engagementRate !== null) ids.add('approximate-engagement');
  return [...ids].join('; ');
}

/** The scout's own columns and their cells (cells[i] belongs to rows[i]). */
export interface CsvExtras {
  columns: ExtraColumn[];
  cells: Array<Record<string, string>>;
}

/** The documented header with the scout's columns put back after the column they followed. */
export function headerWith(extra: ExtraColumn[]): string[] {
  const out: string[] = extra.filter((e) => e.after === null).map((e) => e.name);
  for (const c of CSV_COLUMNS) out.push(c, ...extra.filter((e) => e.after === c).map((e) => e.name));
  return out;
}

/**
 * RFC 4180 text that spreadsheets open cleanly: UTF-8 with a byte-order mark
 * (Excel needs it to read UTF-8), CRLF line ends, every text cell guarded.
 */
export function toCsv(rows: CsvRow[], extras: CsvExtras = { columns: [], cells: [] }): string {
  const header = headerWith(extras.columns);
  const data = rows.map((row, i) => header.map((c) => {
    // Own properties only: a column named "constructor" or "__proto__" must not read the prototype.
    const extra = extras.cells[i];
    const v = Object.hasOwn(row, c) ? row[c as keyof CsvRow] : extra && Object.hasOwn(extra, c) ? extra[c] : null;
    if (v === null || v === undefined) return '';
    return typeof v === 'number' ? v : guardCell(v);
  }));
  // Header names came from a teammate's file too: guarded like any text cell.
  return `\uFEFF${Papa.unparse({ fields: header.map(guardCell), data }, { newline: '\r\n', quotes: false })}\r\n`;
}

/** One shortlist's rows, or every list's: the scout's own columns come back where they were. */
export function shortlistCsv(views: ShortlistView[]): string {
  const columns = new Map<string, ExtraColumn>();
  for (const v of views) for (const c of v.shortlist.extraColumns ?? []) if (!columns.has(c.name)) columns.set(c.name, c);
  return toCsv(views.map(rowOf), { columns: [...columns.values()], cells: views.map((v) => v.entry.extra ?? {}) });
}
