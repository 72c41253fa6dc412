import type { StateCreator } from 'zustand';
import { NO_FILTER, type RowFilter } from './filter';
import { nextOrder, type SortKey, type SortOrder } from './sort';
import type { DashboardState } from './store';

/** Rows drawn at a time: thousands of table rows take seconds to draw and to redraw on every change. */
export const PAGE_SIZE = 100;

export interface DashboardViewSlice {
  filter: RowFilter;
  order: SortOrder;
  /** How many of the matching rows the table draws; "Show more" adds a page. */
  limit: number;
  /** Selected entry ids, for bulk actions and compare. */
  selected: number[];
  setFilter(patch: Partial<RowFilter>): void;
  resetFilter(): void;
  sortBy(key: SortKey): void;
  showMore(): void;
  toggleSelected(entryId: number): void;
  setSelected(entryIds: number[]): void;
}

export const createDashboardViewSlice: StateCreator<DashboardState, [], [], DashboardViewSlice> = (set) => ({
  filter: NO_FILTER,
  order: { key: 'creator', dir: 'asc' },
  limit: PAGE_SIZE,
  selected: [],
  // Other filters match other rows: start again from the first page, with nothing selected, so a
  // bulk action never reaches rows the scout can no longer see.
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch }, limit: PAGE_SIZE, selected: [] })),
  resetFilter: () => set({ filter: NO_FILTER, limit: PAGE_SIZE, selected: [] }),
  sortBy: (key) => set((s) => ({ order: nextOrder(s.order, key) })),
  showMore: () => set((s) => ({ limit: s.limit + PAGE_SIZE })),
  toggleSelected: (id) => set((s) => ({ selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id] })),
  setSelected: (ids) => set({ selected: ids }),
});
