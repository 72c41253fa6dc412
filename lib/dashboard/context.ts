import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DashboardState, DashboardStore } from './store';

/** The dashboard's one store, provided by App; components read it through narrow selectors. */
export const DashboardContext = createContext<DashboardStore | null>(null);

export function useDashboard<T>(selector: (s: DashboardState) => T): T {
  const store = useContext(DashboardContext);
  if (!store) throw new Error('useDashboard needs a DashboardContext provider (entrypoints/dashboard/App.tsx).');
  return useStore(store, selector);
}
