import Papa from 'papaparse';
import type { ShortlistView } from '../db/queries';
import { CSV_COLUMNS, type CsvRow } from './columns';
import { guardCell } from './guard';

export function rowOf({ entry, shortlist, creator }: ShortlistView): CsvRow {
  const score = creator.lastScore;
  return {
    platform: creator.platform,
    handle: creator.handle,
    profile_url: creator.profileUrl,
    display_name: creator.displayName,
    followers: creator.followers,
    tier: score.tier,
    engagement_rate: score.engagementRate === null ? null : Number(score.engagementRate.toFixed(6)),
    engagement_verdict: null,
    overall: null,
    metrics: null,
    content: null,
    risk: null,
    flags: null,
    disclosure: null,
    value_fit: null,
    est_cost: null,
    currency: null,
    status: entry.status,
    tags: entry.tags.join('; '),
    notes: entry.notes,
    shortlist: shortlist.name,
    last_scored_at: creator.lastScoredAt,
  };
}

/**
 * RFC 4180 text that spreadsheets open cleanly: UTF-8 with a byte-order mark
 * (Excel needs it to read UTF-8), CRLF line ends, every text cell guarded.
 */
export function toCsv(rows: CsvRow[]): string {
  const data = rows.map((row) => CSV_COLUMNS.map((c) => {
    const v = row[c];
    if (v === null) return '';
    return typeof v === 'number' ? v : guardCell(v);
  }));
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\r\n', quotes: false })}\r\n`;
}
