import { useEffect, useState } from 'react';
import { db as sharedDb, type MicroscopeDb } from '@/lib/db/schema';
import { DashboardContext } from '@/lib/state/dashboard-context';
import { notifyPages } from '@/lib/messaging/client';
import { createDashboardStore, type DashboardDeps } from '@/lib/state/dashboard-store';
import { ShortlistsPage } from './pages/ShortlistsPage';

interface Props {
  database?: MicroscopeDb;
  now?: () => string;
  announce?: DashboardDeps['announce'];
}

/** The dashboard app; tests pass their own database, clock and panel notice. */
export function App({ database, now, announce }: Props) {
  const [store] = useState(() => createDashboardStore({
    db: database ?? sharedDb(),
    now: now ?? (() => new Date().toISOString()),
    announce: announce ?? ((change) => notifyPages('shortlists-changed', change)),
  }));
  useEffect(() => void store.getState().load(), [store]);
  return (
    <DashboardContext.Provider value={store}>
      <ShortlistsPage />
    </DashboardContext.Provider>
  );
}
