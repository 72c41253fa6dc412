import type { Post, ProfileSnapshot } from '../core/model/snapshot';
import type { ReadStop } from '../messaging/protocol';
import type { PageOutcome } from './reader-registry';

/**
 * The pure rules of "Read the last N days": when to stop, what a step has read, and which posts the
 * final score keeps. The loop that scrolls (read-window.ts) only applies them.
 */
export const PACE = {
  /** Between two scrolls: no faster than a person reading a grid (at least a second). */
  stepMs: 1_300,
  /** After the last scroll back: a moment for the page to settle before the final read. */
  settleMs: 400,
  /** Scrolls in a row that brought no new post: the page has stopped loading. */
  idleSteps: 3,
  /** A cap on scrolls, whatever the page does (about four minutes at this pace). */
  maxSteps: 180,
  /** A cap on time, under the panel's six-minute wait, so the panel never gives up on a read still running. */
  maxMs: 5 * 60_000,
  /** Posts kept across the steps' reads: the observer keeps only its newest responses, so earlier pages are held here. */
  maxPosts: 600,
} as const;

const DAY_MS = 86_400_000;

/** What a read of the page holds so far: the grid's posts and the oldest date among them. */
export interface Tally {
  posts: number;
  /** The oldest publishedAt of a post that is not pinned (a pinned post may be years old); null when none is dated. */
  oldest: string | null;
}

const inGrid = (p: Post) => p.kind !== 'story';

export function tallyOf(outcome: PageOutcome): Tally {
  if (!outcome.ok) return { posts: 0, oldest: null };
  const grid = outcome.value.posts.filter(inGrid);
  let oldest: string | null = null;
  for (const p of grid) {
    if (p.pinned || !p.publishedAt) continue;
    if (oldest === null || Date.parse(p.publishedAt) < Date.parse(oldest)) oldest = p.publishedAt;
  }
  return { posts: grid.length, oldest };
}

/** The start of the window: `days` before now. */
export function windowStart(days: number, now: Date): number {
  return now.getTime() - days * DAY_MS;
}

export interface StepState {
  tally: Tally;
  /** windowStart() of this read. */
  since: number;
  /** Scrolls in a row that brought no new post. */
  idle: number;
  steps: number;
  stopped: boolean;
  /** The page has moved to another address since the read began. */
  moved: boolean;
  /** Time since the read began. */
  elapsedMs: number;
}

/** Why the read should end now, or null to scroll on. The scout's Stop wins over everything. */
export function stopReason(s: StepState): ReadStop | null {
  if (s.stopped) return 'stopped';
  if (s.moved) return 'left';
  if (s.tally.oldest !== null && Date.parse(s.tally.oldest) < s.since) return 'window';
  if (s.idle >= PACE.idleSteps) return 'page-end';
  if (s.steps >= PACE.maxSteps || s.elapsedMs >= PACE.maxMs) return 'limit';
  return null;
}

/** A step brought something new: more posts, or an older date. */
export function advanced(before: Tally, after: Tally): boolean {
  if (after.posts > before.posts) return true;
  return after.oldest !== null && (before.oldest === null || Date.parse(after.oldest) < Date.parse(before.oldest));
}

/** Adds a read's posts to those kept from earlier steps (by id, first seen wins, up to maxPosts). */
export function keepPosts(kept: Map<string, Post>, outcome: PageOutcome): void {
  if (!outcome.ok) return;
  for (const p of outcome.value.posts) if (!kept.has(p.id) && kept.size < PACE.maxPosts) kept.set(p.id, p);
}

/** The final read with every post the steps saw, so pages the observer has since dropped still count. */
export function withKept(outcome: PageOutcome, kept: Map<string, Post>): PageOutcome {
  if (!outcome.ok) return outcome;
  const ids = new Set(outcome.value.posts.map((p) => p.id));
  return { ok: true, value: { ...outcome.value, posts: [...outcome.value.posts, ...[...kept.values()].filter((p) => !ids.has(p.id))] } };
}

/**
 * The read the score is made on: the posts of the window (a post the page dated before it is left
 * out; an undated one stays, since unknown is not old; pinned posts stay as the grid shows them,
 * and engagement leaves them out as it always does). Profile, comments and refusals pass unchanged.
 */
export function withinWindow(outcome: PageOutcome, since: number): PageOutcome {
  if (!outcome.ok) return outcome;
  const keep = (p: Post) => !inGrid(p) || p.pinned === true || p.publishedAt === null || Date.parse(p.publishedAt) >= since;
  const snapshot: ProfileSnapshot = { ...outcome.value, posts: outcome.value.posts.filter(keep) };
  return { ok: true, value: snapshot };
}
