import type { Currency } from '../model/brand';
import type { Tier } from '../model/scorecard';
import type { PlatformId } from '../model/snapshot';

export interface FeeRange {
  low: number;
  high: number;
  source: string;
}

type Card = Partial<Record<`${PlatformId}.${Tier}`, FeeRange>>;

const WOTB = 'wordontheblock.com / alittleclass 2021';

/** Fees per post in US dollars, from ../shared/design/BENCHMARKS.md. Mega has no published figure. */
const USD: Card = {
  'instagram.nano': { low: 10, high: 100, source: WOTB },
  'instagram.micro': { low: 100, high: 500, source: WOTB },
  'instagram.macro': { low: 500, high: 5000, source: `${WOTB} (mid tier)` },
  'tiktok.nano': { low: 5, high: 25, source: WOTB },
  'tiktok.micro': { low: 25, high: 125, source: WOTB },
  'tiktok.macro': { low: 125, high: 1250, source: `${WOTB} (mid tier)` },
  'youtube.nano': { low: 20, high: 200, source: WOTB },
  'youtube.micro': { low: 200, high: 1000, source: WOTB },
  'youtube.macro': { low: 1000, high: 10000, source: `${WOTB} (mid tier)` },
};

/** The brief's own sterling figures where it gives them. */
const GBP: Card = {
  'instagram.micro': { low: 80, high: 400, source: 'the brief (micro, per post)' },
  'youtube.micro': { low: 500, high: 1500, source: 'the brief (dedicated video)' },
};

/**
 * Fixed conversions so scoring stays pure and repeatable; they only seed the card,
 * which the scout overrides in the options page with real quotes.
 */
export const USD_TO: Record<Currency, number> = { USD: 1, GBP: 0.79, EUR: 0.92 };

/** CPM per thousand impressions in USD (wordontheblock 2023): the fallback when no fee band exists. */
export const CPM_USD: Record<PlatformId, { low: number; high: number }> = {
  instagram: { low: 5, high: 15 },
  tiktok: { low: 5, high: 15 },
  youtube: { low: 15, high: 30 },
};

export function seededFee(platform: PlatformId, tier: Tier, currency: Currency): FeeRange | null {
  const key = `${platform}.${tier}` as const;
  const local = currency === 'GBP' ? GBP[key] : undefined;
  if (local) return local;
  const usd = USD[key];
  if (!usd) return null;
  const k = USD_TO[currency];
  return currency === 'USD' ? usd : { low: Math.round(usd.low * k), high: Math.round(usd.high * k), source: `${usd.source}, converted at 1 USD = ${k} ${currency}` };
}
