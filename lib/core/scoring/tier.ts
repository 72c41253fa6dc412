import type { Tier } from '../model/scorecard';

/** nano < 10k ≤ micro < 100k ≤ macro < 1M ≤ mega, the industry's common cut-offs. */
export function tierFor(followers: number | null): Tier | null {
  if (followers === null) return null;
  if (followers < 10_000) return 'nano';
  if (followers < 100_000) return 'micro';
  if (followers < 1_000_000) return 'macro';
  return 'mega';
}
