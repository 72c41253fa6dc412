import { create } from 'zustand';
import type { MicroscopeDb } from '../store/schema';
import type { BrandProfile } from '../core/model/brand';
import { createDashboardDataSlice, type DashboardDataSlice } from './data-slice';
import { createDashboardDetailSlice, type DashboardDetailSlice } from './detail-slice';
import { createDashboardExchangeSlice, type DashboardExchangeSlice } from './exchange-slice';
import { createDashboardViewSlice, type DashboardViewSlice } from './view-slice';

/** What the store works on; injected, so tests use fake-indexeddb and a fixed clock. */
export interface DashboardDeps {
  db: MicroscopeDb;
  now(): string;
  /** Tells the side panel that campaigns changed here (see the 'shortlists-changed' message). */
  announce(change: { renamed: { from: string; to: string } | null }): void;
  /** The brand profiles, as the background gives them ('load-brand'), for the campaign dialog's brand choice. */
  loadBrands(): Promise<BrandProfile[]>;
}

export type DashboardState = DashboardDataSlice & DashboardViewSlice & DashboardDetailSlice & DashboardExchangeSlice;

/** UI state only: Dexie stays the truth, and every write is followed by a reload. One store, built from slices. */
export function createDashboardStore(deps: DashboardDeps) {
  return create<DashboardState>()((...a) => ({
    ...createDashboardDataSlice(deps)(...a),
    ...createDashboardViewSlice(...a),
    ...createDashboardDetailSlice(deps)(...a),
    ...createDashboardExchangeSlice(deps)(...a),
  }));
}

export type DashboardStore = ReturnType<typeof createDashboardStore>;
