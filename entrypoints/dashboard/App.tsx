import { useEffect, useState } from 'react';
import { db as sharedDb, type MicroscopeDb } from '@/lib/store/schema';
import { DashboardContext } from '@/lib/dashboard/context';
import { notifyPages } from '@/lib/messaging/client';
import { createDashboardStore, type DashboardDeps } from '@/lib/dashboard/store';
import { ShortlistsPage } from '../../lib/dashboard/views/ShortlistsPage';

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
