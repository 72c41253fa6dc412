import type { Audience } from '../../model/audience';
import type { Comment, Post, ProfileSnapshot } from '../../model/snapshot';
import { sameAccount } from './responsiveness';

/** Commenting on this many of the posts the scout opened makes an account a repeat commenter. */
export const REPEAT_FROM = 3;

/**
 * Accounts that commented on 3 or more distinct posts across the visits given (the posts the
 * scout opened), with the median delay after posting. Descriptive only: loyal fans do this, and
 * so do engagement pods; nothing here says which.
 */
export function repeatCommentersOf(visits: ReadonlyArray<Pick<ProfileSnapshot, 'handle' | 'posts' | 'comments'>>): Audience['repeatCommenters'] {
  const posts = new Map<string, Post>();
  for (const v of visits) for (const p of v.posts) posts.set(p.id, p);
  const byAccount = new Map<string, Map<string, Comment>>();
  for (const v of visits) {
    for (const c of v.comments) {
      if (!c.postId || sameAccount(c.author, v.handle)) continue;
      const key = c.author.replace(/^@/, '').toLowerCase();
      const seen = byAccount.get(key) ?? new Map<string, Comment>();
      if (!seen.has(c.postId)) seen.set(c.postId, c);
      byAccount.set(key, seen);
    }
  }
  return [...byAccount].filter(([, seen]) => seen.size >= REPEAT_FROM)
    .map(([handle, seen]) => ({ handle, posts: seen.size, medianDelayMinutes: medianDelay([...seen].map(([postId, c]) => delayMinutes(posts.get(postId), c))) }))
    .sort((a, b) => b.posts - a.posts || a.handle.localeCompare(b.handle));
}

/** How many distinct posts the scout opened with comments: the "of" in "≥3 of the 5 posts you opened". */
export function postsWithComments(visits: ReadonlyArray<Pick<ProfileSnapshot, 'comments'>>): number {
  return new Set(visits.flatMap((v) => v.comments.map((c) => c.postId).filter((id): id is string => id !== null))).size;
}

function delayMinutes(post: Post | undefined, c: Comment): number | null {
  if (!post?.publishedAt || !c.publishedAt) return null;
  const d = (Date.parse(c.publishedAt) - Date.parse(post.publishedAt)) / 60_000;
  return Number.isFinite(d) && d >= 0 ? d : null;
}

function medianDelay(delays: Array<number | null>): number | null {
  const known = delays.filter((d): d is number => d !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  return Math.round(known.length % 2 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2);
}
