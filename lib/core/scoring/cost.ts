import type { BrandProfile } from '../model/brand';
import type { Tier } from '../model/scorecard';
import type { Post, ProfileSnapshot } from '../model/snapshot';
import { CPM_USD, USD_TO, seededFee } from './rate-card';
import { mean } from './stats';

export interface CostEstimate {
  currency: BrandProfile['currency'];
  low: number;
  high: number;
  basis: string;
  /** Fee ÷ average (likes + comments) per post; null when engagement counts are unknown. */
  perEngagement: { low: number; high: number } | null;
}

/** A fee range for one post from the rate card (or CPM × average views), and the cost per engagement. */
export function costEstimate(snapshot: ProfileSnapshot, tier: Tier | null, used: Post[], brand: BrandProfile): CostEstimate | null {
  if (tier === null) return null;
  const override = brand.rateCard[`${snapshot.platform}.${tier}`];
  let fee = override ? { ...override, source: 'your rate card' } : seededFee(snapshot.platform, tier, brand.currency);
  const views = mean(used.map((p) => p.views).filter((v): v is number => v !== null));
  if (!fee && views !== null) {
    const cpm = CPM_USD[snapshot.platform];
    const k = USD_TO[brand.currency];
    fee = { low: Math.round((views * cpm.low * k) / 1000), high: Math.round((views * cpm.high * k) / 1000), source: `average views × CPM ${cpm.low}–${cpm.high} USD (wordontheblock 2023)` };
  }
  if (!fee) return null;
  const engagements = mean(used.filter((p) => p.likes !== null && p.comments !== null).map((p) => (p.likes as number) + (p.comments as number)));
  return {
    currency: brand.currency,
    low: fee.low,
    high: fee.high,
    basis: fee.source,
    perEngagement: engagements ? { low: fee.low / engagements, high: fee.high / engagements } : null,
  };
}
