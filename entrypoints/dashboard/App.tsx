import { useEffect, useState } from 'react';
import { db as sharedDb, type MicroscopeDb } from '@/lib/db/schema';
import { DashboardContext } from '@/lib/state/dashboard-context';
import { createDashboardStore } from '@/lib/state/dashboard-store';
import { ShortlistsPage } from './pages/ShortlistsPage';

/** The dashboard app; tests pass their own database and clock. */
export function App({ database, now }: { database?: MicroscopeDb; now?: () => string }) {
  const [store] = useState(() => createDashboardStore({ db: database ?? sharedDb(), now: now ?? (() => new Date().toISOString()) }));
  useEffect(() => void store.getState().load(), [store]);
  return (
    <DashboardContext.Provider value={store}>
      <ShortlistsPage />
    </DashboardContext.Provider>
  );
}
