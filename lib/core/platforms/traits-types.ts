import type { Tier } from '../model/scorecard';
import type { PlatformId } from '../model/snapshot';

export type Measure = 'per-follower' | 'per-view' | 'views-per-subscriber';

export interface Benchmark {
  /** The typical band, as fractions; below is low, above is high. */
  low: number;
  high: number;
  /** What the band measures, so the scout compares like with like. */
  measure: Measure;
  source: string;
}

export interface FeeRange {
  low: number;
  high: number;
  source: string;
}

/** A stated engagement formula: what it measures, in words the scout can redo by hand. */
export interface FormulaSpec {
  measure: Measure;
  text: string;
}

/**
 * What the rest of the house needs to know about a platform without reading pages: its name, what a
 * handle looks like, where a profile lives, and which anomaly checks its numbers support. Kept apart
 * from the readers so scoring, CSV and options screens never load a reader to learn a name.
 */
export interface PlatformTraits {
  id: PlatformId;
  /** As the scout knows it: "Instagram". */
  name: string;
  /** What the platform calls followers: "Followers", or YouTube's "Subscribers". */
  followersWord: string;
  /** A handle as Microscope stores it (lower-cased), and the rule in words for an import that breaks it. */
  handle: { test(handle: string): boolean; says: string };
  /** A profile address for a creator known only by handle (a CSV row without one). */
  profileUrl(handle: string): string;
  /** The platform's engagement formula, and a second one shown beside it. */
  engagement: { primary: FormulaSpec; secondary: FormulaSpec | null };
  /** Typical engagement bands per tier, each with its published source (../shared/design/BENCHMARKS.md). */
  benchmarks: Record<Tier, Benchmark>;
  /** Seed fees per post in US dollars, and the brief's own sterling figures where it gives them; mega has none. */
  fees: { USD: Partial<Record<Tier, FeeRange>>; GBP: Partial<Record<Tier, FeeRange>> };
  /** CPM per thousand impressions in USD (wordontheblock 2023): the fallback when no fee band exists. */
  cpmUsd: { low: number; high: number };
  anomalies: {
    /** Typical likes per comment, with its source, where a like:comment ratio means something. */
    likesPerComment: { typical: number; source: string } | null;
    /** Every post is a video whose views count (TikTok), rather than only reels and videos. */
    everyPostHasViews: boolean;
    /** Views are compared with followers (YouTube's views-per-subscriber is its own formula). */
    viewsPerFollower: boolean;
  };
}
