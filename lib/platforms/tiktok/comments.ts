import type { PageCapture } from '../../model/capture';
import type { Comment } from '../../model/snapshot';
import { arr, at, bool, epochToIso, int, str, type Json } from '../../parse/json-path';
import { newComment } from '../shared/draft';
import { pathOf } from './profile-sources';

export interface CommentRead {
  comments: Comment[];
  /** Which responses the comments came from, for `sources.comments`. */
  sources: string[];
}

/**
 * Comments from /api/comment/list/ (and /reply/) pages the page fetched for an open
 * video. Pages overlap when the scout scrolls back, so a comment id counts once;
 * replies the page inlined under `reply_comment` follow their parent.
 */
export function readComments(capture: PageCapture, videoId: string | null): CommentRead {
  const seen = new Set<string>();
  const out: CommentRead = { comments: [], sources: [] };
  for (const p of capture.payloads) {
    const bodies = Array.isArray(p.body) ? p.body : [p.body];
    // The reduced 2026 shape is a bare list of comments.
    const raw = bodies.flatMap((b) => (Array.isArray(at(b, 'comments')) ? arr(at(b, 'comments')) : isComment(b) ? [b] : []));
    let added = 0;
    for (const c of raw) {
      for (const [entry, reply] of [[c, false] as const, ...arr(at(c, 'reply_comment')).map((r) => [r, true] as const)]) {
        const comment = commentFrom(entry, reply, videoId);
        if (!comment) continue;
        const key = str(at(entry, 'cid')) ?? [comment.author, comment.text, comment.publishedAt].join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        out.comments.push(comment);
        added++;
      }
    }
    if (added) out.sources.push(`payload: ${pathOf(p.url)} (${added})`);
  }
  return out;
}

function isComment(v: Json): boolean {
  return typeof at(v, 'text') === 'string' && at(v, 'create_time') !== undefined;
}

function commentFrom(c: Json, nested: boolean, videoId: string | null): Comment | null {
  const text = str(at(c, 'text'));
  const author = str(at(c, 'user.unique_id')) || str(at(c, 'user.uniqueId')) || str(at(c, 'unique_id'))
    || str(at(c, 'user.nickname')) || str(at(c, 'nickname'));
  // no_show marks a comment the page hides from viewers: the scout never sees it.
  if (text === null || !author || bool(at(c, 'no_show')) === true) return null;
  const replyTo = str(at(c, 'reply_id'));
  const stick = int(at(c, 'stick_position'));
  const pins = [bool(at(c, 'author_pin')), stick === null ? null : stick > 0];
  return newComment({
    postId: str(at(c, 'aweme_id')) || videoId,
    author,
    text,
    likes: int(at(c, 'digg_count')),
    publishedAt: epochToIso(at(c, 'create_time')),
    // author_pin is the creator's pin; stick_position also places pinned comments first.
    pinned: pins.includes(true) ? true : pins.includes(false) ? false : null,
    isReply: nested || (replyTo !== null && replyTo !== '' && replyTo !== '0'),
  });
}
