import { BrandProfile, DEFAULT_BRAND } from '../core/model/brand';
import type { MicroscopeDb } from './schema';

const BRAND_KEY = 'brand';

/** The brand profile, repaired on load: a stored value that no longer validates falls back to the default. */
export async function loadBrand(db: MicroscopeDb): Promise<BrandProfile> {
  const row = await db.settings.get(BRAND_KEY);
  const parsed = BrandProfile.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_BRAND;
}

export async function saveBrand(db: MicroscopeDb, brand: BrandProfile): Promise<void> {
  await db.settings.put({ key: BRAND_KEY, value: BrandProfile.parse(brand) });
}
