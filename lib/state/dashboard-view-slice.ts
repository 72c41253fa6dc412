import type { StateCreator } from 'zustand';
import { NO_FILTER, type RowFilter } from '../dashboard/filter';
import { nextOrder, type SortKey, type SortOrder } from '../dashboard/sort';
import type { DashboardState } from './dashboard-store';

export interface DashboardViewSlice {
  filter: RowFilter;
  order: SortOrder;
  /** Selected entry ids, for bulk actions and compare. */
  selected: number[];
  /** Creators shown side by side (2–4), or null. */
  comparing: string[] | null;
  setFilter(patch: Partial<RowFilter>): void;
  resetFilter(): void;
  sortBy(key: SortKey): void;
  toggleSelected(entryId: number): void;
  setSelected(entryIds: number[]): void;
  compare(creatorIds: string[] | null): void;
}

export const createDashboardViewSlice: StateCreator<DashboardState, [], [], DashboardViewSlice> = (set) => ({
  filter: NO_FILTER,
  order: { key: 'creator', dir: 'asc' },
  selected: [],
  comparing: null,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  resetFilter: () => set({ filter: NO_FILTER }),
  sortBy: (key) => set((s) => ({ order: nextOrder(s.order, key) })),
  toggleSelected: (id) => set((s) => ({ selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id] })),
  setSelected: (ids) => set({ selected: ids }),
  compare: (creatorIds) => set({ comparing: creatorIds }),
});
