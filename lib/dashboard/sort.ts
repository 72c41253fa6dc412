import type { DashboardRow } from '../store/dashboard-rows';
import { ENTRY_STATUSES } from '../core/model/rows';
import { Tier } from '../core/model/scorecard';
import { findingCount } from '../core/model/findings';
import { DECISION_RANK, type DecisionOf } from './decisions';

export type SortKey = 'creator' | 'decision' | 'platform' | 'followers' | 'tier' | 'engagement' | 'overall' | 'flags' | 'quote' | 'status' | 'shortlist' | 'updated';
export interface SortOrder { key: SortKey; dir: 'asc' | 'desc' }

export const SORT_LABELS: Record<SortKey, string> = {
  creator: 'Creator', decision: 'Decision', platform: 'Platform', followers: 'Followers', tier: 'Tier', engagement: 'Engagement',
  overall: 'Score', flags: 'Flags', quote: 'Quote', status: 'Status', shortlist: 'Campaign', updated: 'Updated',
};

const TIERS: readonly string[] = Tier.options;

/** The value a column sorts by; null (unknown) always sorts last, whichever the direction. Decisions need `decisionOf`. */
export function sortValue(row: DashboardRow, key: SortKey, decisionOf?: DecisionOf): string | number | null {
  const { entry, creator, shortlist, score: s } = row;
  switch (key) {
    case 'creator': return creator.handle.toLowerCase();
    case 'decision': return decisionOf ? DECISION_RANK[decisionOf(row).kind] : null;
    case 'platform': return creator.platform;
    case 'followers': return creator.followers;
    case 'tier': return s.tier === null ? null : TIERS.indexOf(s.tier);
    case 'engagement': return s.engagementRate;
    case 'overall': return s.summary.overall;
    case 'flags': return findingCount(s.flags);
    // Quotes in different currencies are not converted: they sort by currency, then amount.
    case 'quote': return entry.quotedRate ? `${entry.quotedRate.currency} ${entry.quotedRate.amount.toFixed(2).padStart(15, '0')}` : null;
    case 'status': return ENTRY_STATUSES.indexOf(entry.status);
    case 'shortlist': return shortlist.name.toLowerCase();
    case 'updated': return entry.updatedAt;
  }
}

// One collator for every comparison: String#localeCompare may build one per call.
const collator = new Intl.Collator();

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** A sorted copy; ties keep their order (Array#sort is stable), then fall back to the handle. */
export function sortedRows<R extends DashboardRow>(rows: R[], order: SortOrder, decisionOf?: DecisionOf): R[] {
  const sign = order.dir === 'asc' ? 1 : -1;
  // Each row's sort value is worked out once, not once per comparison.
  const keyed = rows.map((row) => ({ row, value: sortValue(row, order.key, decisionOf) }));
  keyed.sort((x, y) => {
    const a = x.value;
    const b = y.value;
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return sign * compare(a, b) || collator.compare(x.row.creator.handle, y.row.creator.handle);
  });
  return keyed.map((k) => k.row);
}

/** Clicking a header: a new column sorts ascending, the same column flips. */
export function nextOrder(current: SortOrder, key: SortKey): SortOrder {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}
