import { useMemo } from 'react';
import { safeHref } from '@/lib/dashboard/detail';
import { filteredRows } from '@/lib/dashboard/filter';
import { SORT_LABELS, sortedRows, type SortKey } from '@/lib/dashboard/sort';
import type { DashboardRow } from '@/lib/store/dashboard-rows';
import { findingCount, type FlagId } from '@/lib/core/model/findings';
import { formatCount, formatMoney, formatRate } from '@/lib/core/format/number';
import { useDashboard } from '@/lib/dashboard/context';
import { PAGE_SIZE } from '@/lib/dashboard/view-slice';

const COLUMNS: SortKey[] = ['creator', 'platform', 'followers', 'tier', 'engagement', 'overall', 'flags', 'quote', 'status', 'shortlist'];
const NUMERIC = new Set<SortKey>(['followers', 'engagement', 'overall', 'flags', 'quote']);

function cells(r: DashboardRow, fmtScore: Intl.NumberFormat): Record<SortKey, React.ReactNode> {
  const s = r.score;
  return {
    creator: <><a href={safeHref(r.creator.profileUrl)} target="_blank" rel="noreferrer">@{r.creator.handle}</a><br /><span className="muted">{r.creator.displayName ?? ''}</span>{r.entry.tags.length > 0 && <><br /><span className="dash-tags">{r.entry.tags.join(', ')}</span></>}</>,
    platform: r.creator.platform,
    followers: formatCount(r.creator.followers, r.creator.followersApproximate),
    tier: s.tier ?? 'unknown',
    engagement: formatRate(s.engagementRate, s.engagementApproximate),
    overall: s.summary.overall === null ? 'unknown' : fmtScore.format(s.summary.overall),
    flags: flagCount(s.flags, fmtScore),
    quote: <span title={s.cost ? `Estimated ${s.cost.low}–${s.cost.high} ${s.cost.currency}` : 'No cost estimate'}>{formatMoney(r.entry.quotedRate)}</span>,
    status: r.entry.status,
    shortlist: r.shortlist.name,
    updated: r.entry.updatedAt,
  };
}

/** What was found about the creator, counted; every id, notes on rounded numbers included, in the tooltip. */
function flagCount(flags: FlagId[], fmt: Intl.NumberFormat): React.ReactNode {
  const found = findingCount(flags);
  return <span title={flags.length ? [...new Set(flags)].join(', ') : undefined}>{found === 0 ? '—' : fmt.format(found)}</span>;
}

/** "Showing 100 of 2,400 entries", saying how many match when a filter narrows them. */
function rowSummary(shown: number, matching: number, total: number): string {
  return matching === total ? `Showing ${shown} of ${total} entries` : `Showing ${shown} of ${matching} matching entries (${total} in all)`;
}

/** One row per entry; rows are focusable and Enter opens the creator's detail. */
export function EntriesTable() {
  const rows = useDashboard((s) => s.rows);
  const filter = useDashboard((s) => s.filter);
  const order = useDashboard((s) => s.order);
  const selected = useDashboard((s) => s.selected);
  const sortBy = useDashboard((s) => s.sortBy);
  const limit = useDashboard((s) => s.limit);
  const showMore = useDashboard((s) => s.showMore);
  const toggleSelected = useDashboard((s) => s.toggleSelected);
  const setSelected = useDashboard((s) => s.setSelected);
  const openDetail = useDashboard((s) => s.openDetail);
  const matching = useMemo(() => sortedRows(filteredRows(rows ?? [], filter), order), [rows, filter, order]);
  const visible = useMemo(() => matching.slice(0, limit), [matching, limit]);
  const fmtScore = useMemo(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }), []);
  const picked = new Set(selected);
  const allPicked = visible.length > 0 && visible.every((r) => picked.has(r.entry.id!));
  const drawn = new Set(visible.map((r) => r.entry.id!));
  // Sorting can move selected rows past the drawn page: say so, since bulk actions still apply to them.
  const notDrawn = selected.filter((id) => !drawn.has(id)).length;
  const toggleAllShown = () => setSelected(allPicked ? selected.filter((id) => !drawn.has(id)) : [...new Set([...selected, ...drawn])]);
  const total = rows?.length ?? 0;
  const hidden = matching.length - visible.length;
  return (
    <>
      <p className="muted" role="status" data-testid="row-summary">{rowSummary(visible.length, matching.length, total)}{selected.length ? `, ${selected.length} selected` : ''}{notDrawn ? ` (${notDrawn} of them not shown)` : ''}.</p>
      <div className="dash-scroll">
        <table data-testid="shortlist" className="dash-table">
          <caption className="visually-hidden">Shortlisted creators; sort by a column header, select rows for bulk actions.</caption>
          <thead>
            <tr>
              <th scope="col"><input type="checkbox" aria-label="Select all shown" checked={allPicked} onChange={toggleAllShown} /></th>
              {COLUMNS.map((k) => (
                <th key={k} scope="col" className={NUMERIC.has(k) ? 'num' : undefined} aria-sort={order.key === k ? (order.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="dash-sort" onClick={() => sortBy(k)} data-testid={`sort-${k}`}>{SORT_LABELS[k]}{order.key === k ? (order.dir === 'asc' ? ' ▲' : ' ▼') : ''}</button>
                </th>
              ))}
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => {
              const c = cells(r, fmtScore);
              return (
                <tr key={r.entry.id} data-creator={r.creator.id} tabIndex={0} onKeyDown={(e) => { if (e.key === 'Enter' && e.target === e.currentTarget) void openDetail(r.creator.id); }}>
                  <td><input type="checkbox" aria-label={`Select @${r.creator.handle} in ${r.shortlist.name}`} checked={picked.has(r.entry.id!)} onChange={() => toggleSelected(r.entry.id!)} /></td>
                  {COLUMNS.map((k) => <td key={k} className={NUMERIC.has(k) ? 'num' : undefined} data-col={k}>{c[k]}</td>)}
                  <td><button type="button" className="secondary" onClick={() => void openDetail(r.creator.id)}>Details<span className="visually-hidden"> for @{r.creator.handle}</span></button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {hidden > 0 && (
        <p className="dash-more">
          <button type="button" className="secondary" onClick={showMore} data-testid="show-more">Show {Math.min(hidden, PAGE_SIZE)} more</button>
          <span className="muted"> {hidden} more {hidden === 1 ? 'entry matches' : 'entries match'}; narrow the filters or search to find one faster.</span>
        </p>
      )}
      {visible.length === 0 && <p className="muted" data-testid="no-match">No entries match these filters.</p>}
    </>
  );
}
