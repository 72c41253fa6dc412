import type { Tier } from '../model/scorecard';
import type { PlatformId, Post, ProfileSnapshot } from '../model/snapshot';
import { PLATFORM_TRAITS } from '../platforms/traits';
import type { FormulaSpec } from '../platforms/traits-types';
import { BENCHMARKS, type Benchmark } from './benchmarks';
import { mean, median } from './stats';

type Measure = Benchmark['measure'];

interface Formula {
  measure: Measure;
  text: string;
  /** Whether the rate reads likes: a post hiding its likes can still give a views-only rate. */
  usesLikes: boolean;
  rate(post: Post, followers: number): number | null;
}

const perFollower = (p: Post, f: number) => (p.likes === null || p.comments === null ? null : (p.likes + p.comments) / f);
const perView = (p: Post) => (p.likes === null || p.comments === null || !p.views ? null : (p.likes + p.comments) / p.views);

/** The arithmetic of each measure; which one a platform uses, and in which words, is in its traits. */
const ARITHMETIC: Record<Measure, Pick<Formula, 'usesLikes' | 'rate'>> = {
  'per-follower': { usesLikes: true, rate: perFollower },
  'per-view': { usesLikes: true, rate: perView },
  'views-per-subscriber': { usesLikes: false, rate: (p, f) => (p.views === null ? null : p.views / f) },
};

const formulaOf = (spec: FormulaSpec): Formula => ({ ...spec, ...ARITHMETIC[spec.measure] });

/** One stated formula per platform, so the scout can redo the arithmetic. */
export const FORMULAS = Object.fromEntries(PLATFORM_TRAITS.map((t) => [t.id, {
  primary: formulaOf(t.engagement.primary),
  secondary: t.engagement.secondary ? formulaOf(t.engagement.secondary) : null,
}])) as Record<PlatformId, { primary: Formula; secondary: Formula | null }>;

export interface PostRate {
  postId: string;
  rate: number;
}

export interface EngagementResult {
  formula: string;
  measure: Measure;
  perPost: PostRate[];
  median: number | null;
  mean: number | null;
  secondary: { formula: string; median: number | null; mean: number | null } | null;
  excluded: { pinned: string[]; recent: string[]; hidden: string[]; missing: string[] };
  benchmark: Benchmark | null;
  verdict: 'low' | 'typical' | 'high' | 'suspiciously-high' | null;
  /** True when a rounded count entered the rate. */
  approximate: boolean;
  notes: string[];
}

const RECENT_MS = 48 * 3600 * 1000;

/**
 * Posts that give an honest rate: not pinned (they collect engagement for months), not younger than 48 h,
 * and not hiding the likes the primary formula needs (YouTube's views / subscribers does not need them).
 */
export function eligiblePosts(snapshot: ProfileSnapshot, now: Date) {
  const needsLikes = FORMULAS[snapshot.platform].primary.usesLikes;
  const excluded = { pinned: [] as string[], recent: [] as string[], hidden: [] as string[], missing: [] as string[] };
  const used: Post[] = [];
  for (const p of snapshot.posts) {
    if (p.pinned) excluded.pinned.push(p.id);
    else if (p.publishedAt && now.getTime() - Date.parse(p.publishedAt) < RECENT_MS) excluded.recent.push(p.id);
    else if (p.likesHidden && needsLikes) excluded.hidden.push(p.id);
    else used.push(p);
  }
  return { used, excluded };
}

export function engagement(snapshot: ProfileSnapshot, tier: Tier | null, now: Date, overrides: Record<string, { low: number; high: number }>, suspiciousMultiple: number): EngagementResult {
  const { primary, secondary } = FORMULAS[snapshot.platform];
  const { used, excluded } = eligiblePosts(snapshot, now);
  const notes: string[] = [];
  const followers = snapshot.followers;
  const perPost: PostRate[] = [];
  const secondaryRates: number[] = [];
  if (followers !== null && followers > 0) {
    for (const p of used) {
      const r = primary.rate(p, followers);
      if (r === null) excluded.missing.push(p.id);
      else perPost.push({ postId: p.id, rate: r });
      const s = secondary?.rate(p, followers);
      if (s !== null && s !== undefined) secondaryRates.push(s);
    }
  } else {
    notes.push(snapshot.posts.length > 0
      ? 'This page does not show the follower count, so engagement per follower cannot be computed: open the profile for followers.'
      : 'The follower count is unknown, so engagement cannot be computed.');
  }
  if (excluded.pinned.length) notes.push(`${excluded.pinned.length} pinned post(s) left out: pinned posts keep collecting engagement.`);
  if (excluded.recent.length) notes.push(`${excluded.recent.length} post(s) under 48 hours old left out: still collecting engagement.`);
  if (excluded.hidden.length) notes.push(`${excluded.hidden.length} post(s) hide their like count and were left out.`);
  const hiddenKept = used.filter((p) => p.likesHidden).length;
  if (hiddenKept) notes.push(`${hiddenKept} video(s) hide their like count: left out of the like-based secondary rate only.`);
  if (excluded.missing.length) notes.push(`${excluded.missing.length} post(s) lack the numbers the formula needs (${primary.text}).`);
  if (followers !== null && perPost.length === 0) {
    notes.push(snapshot.posts.length === 0 ? 'No posts are visible, so engagement cannot be computed.'
      : excluded.hidden.length > 0 ? 'Like counts are hidden, so engagement cannot be computed honestly.'
      : 'No post shows the numbers the formula needs.');
  }
  const rates = perPost.map((r) => r.rate);
  const med = median(rates);
  // Rounded inputs ("24.1K subscribers", "12K views") make the rate approximate too.
  const usedIds = new Set(perPost.map((r) => r.postId));
  const approximate = (primary.measure !== 'per-view' && snapshot.approximate.includes('followers'))
    || snapshot.posts.some((p) => usedIds.has(p.id) && p.approximate.some((f) => f === 'likes' || f === 'comments' || f === 'views'));
  // Said once, by the approximate-engagement note among the flags (rounding.ts), which names the posts.
  const benchmark = tier === null ? null : withOverride(BENCHMARKS[snapshot.platform][tier], overrides[`${snapshot.platform}.${tier}`]);
  return {
    formula: primary.text,
    measure: primary.measure,
    perPost,
    median: med,
    mean: mean(rates),
    secondary: secondary ? { formula: secondary.text, median: median(secondaryRates), mean: mean(secondaryRates) } : null,
    excluded,
    benchmark,
    verdict: verdictFor(med, benchmark, suspiciousMultiple),
    approximate,
    notes,
  };
}

function withOverride(b: Benchmark, o: { low: number; high: number } | undefined): Benchmark {
  return o ? { ...b, low: o.low, high: o.high, source: 'your override (options page)' } : b;
}

function verdictFor(rate: number | null, b: Benchmark | null, suspiciousMultiple: number): EngagementResult['verdict'] {
  if (rate === null || b === null) return null;
  if (rate < b.low) return 'low';
  if (rate < b.high) return 'typical';
  return rate >= b.high * suspiciousMultiple ? 'suspiciously-high' : 'high';
}
