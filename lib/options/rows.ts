import type { Currency } from '../core/model/brand';
import { BENCHMARKS } from '../core/scoring/benchmarks';
import { seededFee } from '../core/scoring/rate-card';
import { CARD_KEYS, PLATFORM_NAMES, type CardKey } from './fields';
import { formatMoney, formatPercent } from './numbers';
import type { PlatformId } from '../core/model/snapshot';
import type { Tier } from '../core/model/scorecard';

/** One row of an override table: what applies when the scout overrides nothing, and why. */
export interface RangeRow {
  key: CardKey;
  platform: PlatformId;
  tier: Tier;
  /** "Instagram micro", for labels. */
  name: string;
  defaultText: string;
  source: string;
}

const MEASURE: Record<string, string> = { 'per-follower': 'per follower', 'per-view': 'per view', 'views-per-subscriber': 'views per subscriber' };

export function benchmarkRows(locale: string): RangeRow[] {
  return CARD_KEYS.map(({ key, platform, tier }) => {
    const b = BENCHMARKS[platform][tier];
    return {
      key, platform, tier, name: `${PLATFORM_NAMES[platform]} ${tier}`,
      defaultText: `${formatPercent(b.low, locale)} – ${formatPercent(b.high, locale)} ${MEASURE[b.measure] ?? b.measure}`,
      source: b.source,
    };
  });
}

export function rateRows(currency: Currency, locale: string): RangeRow[] {
  return CARD_KEYS.map(({ key, platform, tier }) => {
    const fee = seededFee(platform, tier, currency);
    return {
      key, platform, tier, name: `${PLATFORM_NAMES[platform]} ${tier}`,
      defaultText: fee ? `${formatMoney(fee.low, currency, locale)} – ${formatMoney(fee.high, currency, locale)} per post` : 'no published figure',
      source: fee ? fee.source : 'Scoring falls back to CPM; add your own quote here.',
    };
  });
}
