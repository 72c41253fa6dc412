import type { Tier } from '../model/scorecard';
import type { PlatformId } from '../model/snapshot';

export interface Benchmark {
  /** The typical band, as fractions; below is low, above is high. */
  low: number;
  high: number;
  /** What the band measures, so the scout compares like with like. */
  measure: 'per-follower' | 'per-view' | 'views-per-subscriber';
  source: string;
}

/**
 * Typical engagement bands, each with the published source behind it
 * (../shared/design/BENCHMARKS.md). Sources disagree; the band we use is stated with its source.
 */
export const BENCHMARKS: Record<PlatformId, Record<Tier, Benchmark>> = {
  instagram: {
    nano: { low: 0.02, high: 0.035, measure: 'per-follower', source: 'HypeAuditor 2023 (nano 2.19–2.78%); untapper.com 2026 bands' },
    micro: { low: 0.02, high: 0.035, measure: 'per-follower', source: 'untapper.com 2026, 10–50k: 2–3.5% typical, ≥3.5% good' },
    macro: { low: 0.015, high: 0.025, measure: 'per-follower', source: 'untapper.com 2026, 50–500k: 1.5–2.5% typical' },
    mega: { low: 0.007, high: 0.0185, measure: 'per-follower', source: 'HypeAuditor 2023 / Later x Fohr 2021 (1.85–2.2% overall; large accounts often < 0.7%)' },
  },
  tiktok: {
    nano: { low: 0.04, high: 0.07, measure: 'per-view', source: 'untapper.com 2026, per view: 4–7% typical, ≥7% good' },
    micro: { low: 0.04, high: 0.07, measure: 'per-view', source: 'untapper.com 2026, per view (10–50k): 4–7% typical' },
    macro: { low: 0.04, high: 0.07, measure: 'per-view', source: 'untapper.com 2026, per view: 4–7% typical (no tier-specific figure)' },
    mega: { low: 0.03, high: 0.05, measure: 'per-view', source: 'Influencer Marketing Factory, 1M+: about 3–5%' },
  },
  youtube: {
    nano: { low: 0.1, high: 0.2, measure: 'views-per-subscriber', source: 'brightbean.xyz (weak): 14–20% healthy, < 10% dormant' },
    micro: { low: 0.1, high: 0.2, measure: 'views-per-subscriber', source: 'brightbean.xyz (weak): 14–20% healthy for 10k–500k, < 10% dormant' },
    macro: { low: 0.1, high: 0.2, measure: 'views-per-subscriber', source: 'brightbean.xyz (weak): 14–20% healthy for 10k–500k, < 10% dormant' },
    mega: { low: 0.04, high: 0.08, measure: 'views-per-subscriber', source: 'Tubular Labs 2023 (second-hand): 4–8%' },
  },
};

/** Finer bands (HypeAuditor's older scheme) where they help the scout place a creator. */
export function finerBand(followers: number | null): string | null {
  if (followers === null) return null;
  if (followers < 5_000) return '1k–5k';
  if (followers < 20_000) return '5k–20k';
  if (followers < 100_000) return '20k–100k';
  if (followers < 1_000_000) return '100k–1M';
  return '1M+';
}

/** Instagram's typical likes per comment: median 892 likes to 32 comments, about 28:1 (Trust Insights 2023). */
