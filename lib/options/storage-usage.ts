import { useEffect, useState } from 'react';
import type { StorageUsage } from '@/components/options/StorageSection';

type StorageManagerLike = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

/**
 * Asks the browser to keep Microscope's data (navigator.storage.persist(): a scout's shortlists are
 * weeks of work) and reads how much room it takes, for the options page.
 */
export async function readStorageUsage(storage: StorageManagerLike | undefined): Promise<StorageUsage> {
  if (!storage) return { used: null, quota: null, persisted: null };
  const persisted = (await storage.persisted().catch(() => false)) || (await storage.persist().catch(() => false));
  const estimate = await storage.estimate().catch(() => ({} as StorageEstimate));
  return { used: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

export function useStorageUsage(): StorageUsage | null {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  useEffect(() => {
    let alive = true;
    void readStorageUsage(globalThis.navigator?.storage).then((u) => alive && setUsage(u));
    return () => { alive = false; };
  }, []);
  return usage;
}
