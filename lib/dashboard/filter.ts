import type { DashboardRow } from '../store/dashboard-rows';
import type { EntryStatus } from '../core/model/rows';
import type { PlatformId } from '../core/model/snapshot';
import type { Tier } from '../core/model/scorecard';
import type { FlagId } from '../core/model/findings';
import type { DecisionKind } from '../core/scoring/decision';
import type { DecisionOf } from './decisions';

export type ScoreField = 'overall' | 'metrics' | 'content' | 'risk';

/** The dashboard's filters; '' (or null for numbers) means "any". */
export interface RowFilter {
  shortlistId: number | null;
  platform: PlatformId | '';
  tier: Tier | '';
  status: EntryStatus | '';
  flag: FlagId | '';
  decision: DecisionKind | '';
  scoreField: ScoreField;
  scoreMin: number | null;
  scoreMax: number | null;
  query: string;
}

export const NO_FILTER: RowFilter = { shortlistId: null, platform: '', tier: '', status: '', flag: '', decision: '', scoreField: 'overall', scoreMin: null, scoreMax: null, query: '' };

/** Lower-case, accents folded, so "Zoë" is found by "zoe". */
export function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of the query must appear in the handle, name, notes or tags. */
export function matchesSearch(row: DashboardRow, query: string): boolean {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = haystackOf(row);
  return words.every((w) => hay.includes(w.replace(/^@/, '')));
}

/** Folding is the costly part of a search; rows are replaced on every reload, so a row's text is folded once. */
const haystacks = new WeakMap<DashboardRow, string>();
function haystackOf(row: DashboardRow): string {
  let hay = haystacks.get(row);
  if (hay === undefined) {
    hay = folded([row.creator.handle, row.creator.displayName ?? '', row.entry.notes, ...row.entry.tags].join('\n'));
    haystacks.set(row, hay);
  }
  return hay;
}

/**
 * A score range keeps only rows whose score is known and inside it: an unknown
 * score is not "0", so it cannot be said to be above or below anything.
 */
export function inScoreRange(row: DashboardRow, f: Pick<RowFilter, 'scoreField' | 'scoreMin' | 'scoreMax'>): boolean {
  if (f.scoreMin === null && f.scoreMax === null) return true;
  const v = row.score.summary[f.scoreField];
  if (v === null) return false;
  return (f.scoreMin === null || v >= f.scoreMin) && (f.scoreMax === null || v <= f.scoreMax);
}

/** A decision filter needs each row's decision under its campaign's brief: `decisionOf`. */
export function matchesFilter(row: DashboardRow, f: RowFilter, decisionOf?: DecisionOf): boolean {
  const { entry, creator, score } = row;
  if (f.shortlistId !== null && entry.shortlistId !== f.shortlistId) return false;
  if (f.platform && creator.platform !== f.platform) return false;
  if (f.tier && score.tier !== f.tier) return false;
  if (f.status && entry.status !== f.status) return false;
  if (f.flag && !score.flags.includes(f.flag)) return false;
  if (f.decision && decisionOf && decisionOf(row).kind !== f.decision) return false;
  return inScoreRange(row, f) && matchesSearch(row, f.query);
}

export function filteredRows<R extends DashboardRow>(rows: R[], f: RowFilter, decisionOf?: DecisionOf): R[] {
  return rows.filter((r) => matchesFilter(r, f, decisionOf));
}

/** Whether any filter narrows the table (the campaign choice counts). */
export function isFiltered(f: RowFilter): boolean {
  return JSON.stringify(f) !== JSON.stringify(NO_FILTER);
}
