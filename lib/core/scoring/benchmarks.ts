import type { Tier } from '../model/scorecard';
import type { PlatformId } from '../model/snapshot';
import { PLATFORM_TRAITS } from '../platforms/traits';
import type { Benchmark } from '../platforms/traits-types';

export type { Benchmark };

/**
 * Typical engagement bands per platform and tier, each with the published source behind it
 * (../shared/design/BENCHMARKS.md), as each platform's traits state them. Sources disagree; the
 * band we use is stated with its source.
 */
export const BENCHMARKS = Object.fromEntries(PLATFORM_TRAITS.map((t) => [t.id, t.benchmarks])) as Record<PlatformId, Record<Tier, Benchmark>>;

/** Finer bands (HypeAuditor's older scheme) where they help the scout place a creator. */
export function finerBand(followers: number | null): string | null {
  if (followers === null) return null;
  if (followers < 5_000) return '1k–5k';
  if (followers < 20_000) return '5k–20k';
  if (followers < 100_000) return '20k–100k';
  if (followers < 1_000_000) return '100k–1M';
  return '1M+';
}

