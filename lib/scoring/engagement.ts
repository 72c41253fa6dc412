import type { PlatformId, Post, ProfileSnapshot } from '../model/snapshot';
import { median } from './stats';

interface Rate {
  formula: string;
  /** The per-post rate, or null when this post lacks a number the formula needs. */
  perPost(post: Post, followers: number): number | null;
}

/** One stated formula per platform, so the scout can check the arithmetic. */
export const FORMULAS: Record<PlatformId, Rate> = {
  instagram: {
    formula: '(likes + comments) / followers, per post',
    perPost: (p, f) => (p.likes === null || p.comments === null ? null : (p.likes + p.comments) / f),
  },
  tiktok: {
    formula: '(likes + comments) / followers, per video',
    perPost: (p, f) => (p.likes === null || p.comments === null ? null : (p.likes + p.comments) / f),
  },
  youtube: {
    formula: 'views / subscribers, per video (channel grids show no likes)',
    perPost: (p, f) => (p.views === null ? null : p.views / f),
  },
};

export interface EngagementResult {
  rate: number | null;
  formula: string;
  postsUsed: number;
  notes: string[];
}

export function medianEngagement(snapshot: ProfileSnapshot): EngagementResult {
  const { formula, perPost } = FORMULAS[snapshot.platform];
  const notes: string[] = [];
  if (snapshot.followers === null || snapshot.followers === 0) {
    return { rate: null, formula, postsUsed: 0, notes: ['Follower count is unknown, so engagement cannot be computed.'] };
  }
  const followers = snapshot.followers;
  const rates = snapshot.posts.map((p) => perPost(p, followers)).filter((r): r is number => r !== null);
  const hidden = snapshot.posts.filter((p) => p.likesHidden).length;
  if (hidden > 0) notes.push(`${hidden} post(s) hide their like count and were left out.`);
  const skipped = snapshot.posts.length - rates.length - hidden;
  if (skipped > 0) notes.push(`${skipped} post(s) lack the numbers the formula needs and were left out.`);
  if (rates.length === 0) {
    notes.push(snapshot.posts.length === 0 ? 'No posts are visible, so engagement cannot be computed.' : 'No post shows the numbers the formula needs.');
  }
  return { rate: median(rates), formula, postsUsed: rates.length, notes };
}
