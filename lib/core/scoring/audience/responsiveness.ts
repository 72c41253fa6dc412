import type { Responsiveness } from '../../model/audience';
import type { Comment } from '../../model/snapshot';
import { countIfAllKnown } from './known-count';

/** "@Kurzgesagt" and "kurzgesagt" are one account. */
export const sameAccount = (a: string, b: string): boolean => a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();

/** The page marks the author as the creator, or the author is the creator's handle. */
export function isByCreator(c: Comment, handle: string): boolean {
  return c.byCreator === true || sameAccount(c.author, handle);
}

/**
 * Replies, likes and pins by the creator among the visible comments. A reply is tied to its thread
 * by `replyTo`; with no reply visible at all (YouTube loads them apart) "replied" is unknown, not 0.
 * A count over the visible top comments only, never a rate over all comments.
 */
export function responsivenessOf(comments: readonly Comment[], handle: string): Responsiveness {
  const threads = comments.filter((c) => !c.isReply);
  const replies = comments.filter((c) => c.isReply);
  const threadIds = new Set(threads.map((t) => t.id).filter((id): id is string => id !== null));
  const answered = new Set(replies.filter((r) => r.replyTo !== null && threadIds.has(r.replyTo) && isByCreator(r, handle)).map((r) => r.replyTo));
  return {
    replied: replies.length === 0 || threadIds.size === 0 ? null : answered.size,
    threads: threads.length,
    // "N of M liked" holds only when the page marked every visible comment.
    liked: comments.length ? countIfAllKnown(comments, (c) => c.likedByCreator) : null,
    comments: comments.length,
    // A pinned comment seen is a fact; "none pinned" needs every comment's mark.
    pinned: comments.some((c) => c.pinned === true) ? comments.filter((c) => c.pinned === true).length : comments.length ? countIfAllKnown(comments, (c) => c.pinned) : null,
  };
}

/** "Replied in 3 of 6 visible threads (top comments only)", or why it cannot say. */
export function repliedSentence(r: Responsiveness): string {
  if (r.threads === 0) return 'No comments visible on this page.';
  if (r.replied === null) return `Replies not visible here: cannot tell whether the creator answers (${r.threads} top comments seen).`;
  return `Replied in ${r.replied} of ${r.threads} visible threads (top comments only).`;
}
