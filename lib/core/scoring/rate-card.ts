import type { Currency } from '../model/brand';
import type { Tier } from '../model/scorecard';
import type { PlatformId } from '../model/snapshot';
import { PLATFORM_TRAITS, traitsOf } from '../platforms/traits';
import type { FeeRange } from '../platforms/traits-types';

export type { FeeRange };

/**
 * Fixed conversions so scoring stays pure and repeatable; they only seed the card,
 * which the scout overrides in the options page with real quotes.
 */
export const USD_TO: Record<Currency, number> = { USD: 1, GBP: 0.79, EUR: 0.92 };

/** CPM per thousand impressions in USD, per platform (its traits): the fallback when no fee band exists. */
export const CPM_USD = Object.fromEntries(PLATFORM_TRAITS.map((t) => [t.id, t.cpmUsd])) as Record<PlatformId, { low: number; high: number }>;

/** Fees per post, from ../shared/design/BENCHMARKS.md as each platform's traits state them; the brief's sterling figures first. */
export function seededFee(platform: PlatformId, tier: Tier, currency: Currency): FeeRange | null {
  const { fees } = traitsOf(platform);
  const local = currency === 'GBP' ? fees.GBP[tier] : undefined;
  if (local) return local;
  const usd = fees.USD[tier];
  if (!usd) return null;
  const k = USD_TO[currency];
  return currency === 'USD' ? usd : { low: Math.round(usd.low * k), high: Math.round(usd.high * k), source: `${usd.source}, converted at 1 USD = ${k} ${currency}` };
}
