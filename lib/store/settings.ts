import { BrandList, BrandProfile, DEFAULT_BRAND, repairedBrand } from '../core/model/brand';
import type { MicroscopeDb } from './schema';

/** Every brand profile, as a list (an agency keeps several). */
const BRANDS_KEY = 'brands';
/** Where builds before there were several brands kept the one: read when `brands` is absent, removed on the next save. */
const LEGACY_BRAND_KEY = 'brand';
/** The campaign the scout last added a creator to: "Add to" offers it first. */
const LAST_CAMPAIGN_KEY = 'lastCampaign';

/**
 * The brand profiles, repaired on load field by field (a bad field takes its default, the brand
 * and its campaigns stay); only a brand with nothing recognisable left is left out, and with none
 * left the default stands in, so scoring always has a brand.
 */
export async function loadBrands(db: MicroscopeDb): Promise<BrandProfile[]> {
  const [list, legacy] = await Promise.all([db.settings.get(BRANDS_KEY), db.settings.get(LEGACY_BRAND_KEY)]);
  const stored = Array.isArray(list?.value) ? list.value : list === undefined && legacy ? [legacy.value] : [];
  const brands = stored.map(repairedBrand).filter((b): b is BrandProfile => b !== null);
  const unique = brands.filter((b, i) => brands.findIndex((o) => o.id === b.id) === i);
  return unique.length ? unique : [DEFAULT_BRAND];
}

/** One brand by id, or the first when the id is unknown or null. */
export async function loadBrand(db: MicroscopeDb, id: string | null = null): Promise<BrandProfile> {
  const brands = await loadBrands(db);
  return brands.find((b) => b.id === id) ?? brands[0] ?? DEFAULT_BRAND;
}

/** Adds the brand, or replaces the one with its id; a second brand with the same name is refused by BrandList. */
export async function saveBrand(db: MicroscopeDb, brand: BrandProfile): Promise<BrandProfile[]> {
  return db.transaction('rw', db.settings, async () => {
    const current = await loadBrands(db);
    const parsed = BrandProfile.parse(brand);
    const replaced = current.some((b) => b.id === parsed.id);
    // The stand-in default is replaced by the first brand the scout saves, whatever its id.
    const isStandIn = current.length === 1 && current[0] === DEFAULT_BRAND;
    const next = BrandList.parse(isStandIn ? [parsed] : replaced ? current.map((b) => (b.id === parsed.id ? parsed : b)) : [...current, parsed]);
    await db.settings.put({ key: BRANDS_KEY, value: next });
    await db.settings.delete(LEGACY_BRAND_KEY);
    return next;
  });
}

export class LastBrandError extends Error {
  override name = 'LastBrandError';
}

/** Removes a brand; the last one stays (scoring needs one). Campaigns that named it score with the first brand. */
export async function deleteBrand(db: MicroscopeDb, id: string): Promise<BrandProfile[]> {
  return db.transaction('rw', db.settings, async () => {
    const current = await loadBrands(db);
    const next = current.filter((b) => b.id !== id);
    if (next.length === 0) throw new LastBrandError('Keep at least one brand: scores are made for a brand.');
    await db.settings.put({ key: BRANDS_KEY, value: next });
    await db.settings.delete(LEGACY_BRAND_KEY);
    return next;
  });
}

export async function lastCampaign(db: MicroscopeDb): Promise<string | null> {
  const row = await db.settings.get(LAST_CAMPAIGN_KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

export async function setLastCampaign(db: MicroscopeDb, name: string): Promise<void> {
  await db.settings.put({ key: LAST_CAMPAIGN_KEY, value: name });
}
