import { vi } from 'vitest';
import type { BrandProfile } from '@/lib/core/model/brand';
import type { OptionsApi } from '@/lib/options/store';
import { deleteBrand, loadBrands, saveBrand } from '@/lib/store/settings';
import type { MicroscopeDb } from '@/lib/store/schema';

/**
 * The options page's API over a real (fake-indexeddb) database, answering as the background's
 * 'load-brand', 'save-brand' and 'delete-brand' handlers do: upsert by id, the last brand kept.
 */
export async function storedApi(db: MicroscopeDb, brands: readonly BrandProfile[] = []) {
  for (const b of brands) await saveBrand(db, b);
  const api = {
    loadBrands: vi.fn<OptionsApi['loadBrands']>(() => loadBrands(db)),
    saveBrand: vi.fn<OptionsApi['saveBrand']>(async (brand) => {
      const all = await saveBrand(db, brand);
      return { brand: all.find((b) => b.id === brand.id) ?? all[0]!, brands: all };
    }),
    deleteBrand: vi.fn<OptionsApi['deleteBrand']>((id) => deleteBrand(db, id)),
  };
  return { api, saved: () => api.saveBrand.mock.calls.at(-1)![0], stored: () => loadBrands(db) };
}
