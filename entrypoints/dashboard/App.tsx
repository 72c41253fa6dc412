import { useEffect, useState } from 'react';
import { db as sharedDb, type MicroscopeDb } from '@/lib/store/schema';
import { DashboardContext } from '@/lib/dashboard/context';
import { notifyPages, sendToBackground } from '@/lib/messaging/client';
import { createDashboardStore, type DashboardDeps } from '@/lib/dashboard/store';
import { DashboardPage } from '../../lib/dashboard/views/DashboardPage';

interface Props {
  database?: MicroscopeDb;
  now?: () => string;
  announce?: DashboardDeps['announce'];
  loadBrands?: DashboardDeps['loadBrands'];
}

/** The dashboard app; tests pass their own database, clock, panel notice and brands. */
export function App({ database, now, announce, loadBrands }: Props) {
  const [store] = useState(() => createDashboardStore({
    db: database ?? sharedDb(),
    now: now ?? (() => new Date().toISOString()),
    announce: announce ?? ((change) => notifyPages('shortlists-changed', change)),
    loadBrands: loadBrands ?? (async () => (await sendToBackground('load-brand', {})).brands),
  }));
  useEffect(() => void store.getState().load(), [store]);
  return (
    <DashboardContext.Provider value={store}>
      <DashboardPage />
    </DashboardContext.Provider>
  );
}
