import type { Comment, Post } from '../../model/snapshot';
import { tagsIn } from '../../parse/hashtags';
import type { Disagreement } from './page-read';

export interface Candidate<T> {
  value: T | null | undefined;
  /** Human-readable origin, e.g. "json: window._sharedData" or "meta: description". */
  source: string;
  /** False when the page showed the value rounded ("46.3m"). */
  exact?: boolean;
}

/**
 * Collects field values from several sources, keeps the best one and remembers
 * where each came from. Exact beats rounded; among exact values, the first listed wins.
 */
export class SnapshotDraft {
  readonly sources: Record<string, string> = {};
  readonly warnings: string[] = [];
  readonly approximate: string[] = [];
  readonly disagreements: Disagreement[] = [];

  pick<T>(field: string, candidates: Candidate<T>[]): T | null {
    const present = candidates.filter((c): c is Candidate<T> & { value: T } => c.value !== null && c.value !== undefined);
    const best = present.find((c) => c.exact !== false) ?? present[0];
    if (!best) return null;
    const others = present
      .filter((c) => c !== best && c.value !== best.value)
      .map((c) => `${c.source} showed ${String(c.value)}`);
    this.sources[field] = others.length ? `${best.source} (also: ${others.join('; ')})` : best.source;
    if (best.exact === false) this.approximate.push(field);
    const clash = present.find((c) => c !== best && disagreeBeyondRounding(best, c));
    if (clash) {
      this.disagreements.push({ field, kept: { value: String(best.value), source: best.source }, other: { value: String(clash.value), source: clash.source } });
    }
    return best.value;
  }

  warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings.push(message);
  }

  /** A missing optional field is null with a warning, never a made-up value. */
  warnIfMissing(fields: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(fields)) {
      if (value === null || value === undefined) this.warn(`${name} is not shown on this page, so it is unknown.`);
    }
  }
}

/** Rounded counts ("46.3m", TikTok's rounded stats) may differ from the exact one by a few percent; more is a disagreement. */
const ROUNDING_TOLERANCE = 0.05;

/** Two counts that cannot both describe the same creator: exact and different, or apart beyond rounding. */
export function disagreeBeyondRounding(a: Candidate<unknown>, b: Candidate<unknown>): boolean {
  if (typeof a.value !== 'number' || typeof b.value !== 'number' || a.value === b.value) return false;
  if (a.exact !== false && b.exact !== false) return true;
  const big = Math.max(a.value, b.value);
  return big > 0 && Math.abs(a.value - b.value) / big > ROUNDING_TOLERANCE;
}

/**
 * Merges post lists from several sources (embedded JSON, then each observed page of
 * results). The first occurrence fixes the order; later ones fill only what is unknown.
 */
export function mergePosts(lists: Post[][]): Post[] {
  const byId = new Map<string, Post>();
  for (const list of lists) {
    for (const post of list) {
      const prev = byId.get(post.id);
      byId.set(post.id, prev ? fillUnknown(prev, post) : post);
    }
  }
  return [...byId.values()];
}

function fillUnknown(a: Post, b: Post): Post {
  const out: Post = { ...a, approximate: [...a.approximate] };
  for (const key of Object.keys(b) as (keyof Post)[]) {
    const v = out[key];
    if (key !== 'approximate' && (v === null || v === '' || (Array.isArray(v) && v.length === 0))) {
      (out as Record<string, unknown>)[key] = b[key];
      // A value filled from a rounded source stays marked as rounded.
      if (b.approximate.includes(key) && !out.approximate.includes(key)) out.approximate.push(key);
    }
  }
  return out;
}

export function newPost(fields: Partial<Post> & Pick<Post, 'id' | 'url'>): Post {
  return {
    kind: null,
    likes: null,
    likesHidden: false,
    comments: null,
    views: null,
    shares: null,
    saves: null,
    publishedAt: null,
    publishedPrecision: fields.publishedAt ? 'second' : null,
    publishedText: null,
    caption: '',
    hashtags: tagsIn(fields.caption ?? '', '#'),
    mentions: tagsIn(fields.caption ?? '', '@'),
    pinned: null,
    paidPartnership: null,
    disclosureLabel: null,
    sponsors: [],
    approximate: [],
    location: null,
    ...fields,
  };
}

export function newComment(fields: Partial<Comment> & Pick<Comment, 'author' | 'text'>): Comment {
  return {
    postId: null,
    likes: null,
    publishedAt: null,
    publishedText: null,
    pinned: null,
    isReply: false,
    approximate: [],
    id: null,
    replyTo: null,
    byCreator: null,
    likedByCreator: null,
    language: null,
    authorDefaultAvatar: null,
    ...fields,
  };
}
