import { useCallback, useMemo } from 'react';
import { filteredRows } from '@/lib/dashboard/filter';
import { SORT_LABELS, sortedRows } from '@/lib/dashboard/sort';
import { briefsOf, decisionsUnder } from '@/lib/dashboard/decisions';
import { useDashboard } from '@/lib/dashboard/context';
import { COLUMNS, EntryRow, NUMERIC } from './EntryRow';
import { PAGE_SIZE } from '@/lib/dashboard/view-slice';

/** "Showing 100 of 2,400 entries", saying how many match when a filter narrows them. */
function rowSummary(shown: number, matching: number, total: number): string {
  return matching === total ? `Showing ${shown} of ${total} entries` : `Showing ${shown} of ${matching} matching entries (${total} in all)`;
}

/** One row per entry: decision, flags, status pill, tags and notes in the row; Details (or Enter on a row) opens the drawer. */
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
  const setStatus = useDashboard((s) => s.setStatus);
  const lists = useDashboard((s) => s.lists);
  // Decisions are worked out per row when needed (drawn, or a decision filter or sort), and kept with the row.
  const decisionOf = useMemo(() => decisionsUnder(briefsOf(lists)), [lists]);
  const matching = useMemo(() => sortedRows(filteredRows(rows ?? [], filter, decisionOf), order, decisionOf), [rows, filter, order, decisionOf]);
  const visible = useMemo(() => matching.slice(0, limit), [matching, limit]);
  const open = useCallback((creatorId: string, entryId: number) => void openDetail(creatorId, entryId), [openDetail]);
  const changeStatus = useCallback((entryId: number, status: Parameters<typeof setStatus>[1]) => void setStatus(entryId, status), [setStatus]);
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
          <caption className="visually-hidden">Creators on your campaigns; sort by a column header, change a status in its row, select rows for bulk actions.</caption>
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
            {visible.map((r) => (
              <EntryRow key={r.entry.id} row={r} decision={decisionOf(r)} picked={picked.has(r.entry.id!)} toggle={toggleSelected} open={open} setStatus={changeStatus} />
            ))}
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
