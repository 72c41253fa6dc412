import type { Comment } from '../../model/snapshot';
import { at, bool, epochToIso, int, str, type Json } from '../../parse/json-path';
import { enclosingOf } from '../../parse/json-walk';
import { newComment } from '../shared/draft';
import { queryParam, type TikTokBody } from './bodies';
import { commonPath, type Match } from './collect';

export interface CommentRead {
  comments: Comment[];
  /** Which bodies the comments came from, with how many each gave, for `sources.comments`. */
  sources: string[];
}

/**
 * Comments found by shape (/api/comment/list/ and its /reply/ pages, wherever they sit), in
 * document order, so a reply the page inlined in its parent's `reply_comment` follows it.
 * Pages overlap when the scout scrolls back, so a comment id counts once. Only a video page has
 * comments, and only those proven to be about its video: the tab keeps comment pages of videos
 * seen before, so a profile page keeps none and a comment about no known video is dropped.
 */
export function readComments(matches: Match[], videoId: string | null, bodies: readonly TikTokBody[]): CommentRead {
  const seen = new Set<string>();
  const perSource = new Map<string, string[]>();
  const comments: Comment[] = [];
  if (videoId === null) return { comments, sources: [] };
  for (const m of matches) {
    const parent = enclosingOf(m, ['comment']);
    if (videoOf(m, parent, bodies) !== videoId) continue;
    const comment = commentFrom(m.value, parent !== null, videoId);
    if (!comment) continue;
    const key = str(m.value.cid) ?? [comment.author, comment.text, comment.publishedAt].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    comments.push(comment);
    const paths = perSource.get(m.source);
    if (paths) paths.push(m.path);
    else perSource.set(m.source, [m.path]);
  }
  return { comments, sources: [...perSource].map(([source, paths]) => `${source} @ ${commonPath(paths)} (${paths.length})`) };
}

/** The video a comment is about: its own aweme_id, its parent comment's, or the one its page was fetched for. */
function videoOf(m: Match, parent: { value: Record<string, Json> } | null, bodies: readonly TikTokBody[]): string | null {
  const url = bodies[m.body]?.url ?? null;
  return str(m.value.aweme_id) || (parent && str(parent.value.aweme_id)) || queryParam(url, 'aweme_id') || queryParam(url, 'item_id');
}

/**
 * The model keeps author, text, likes, date, pin and reply. The raw comment also carries
 * `comment_language`, `is_author_digged` (the creator liked it) and `reply_comment_total`,
 * which the model has no field for yet.
 */
function commentFrom(c: Record<string, Json>, nested: boolean, videoId: string): Comment | null {
  const text = str(c.text);
  const author = str(at(c, 'user.unique_id')) || str(at(c, 'user.uniqueId')) || str(c.unique_id)
    || str(at(c, 'user.nickname')) || str(c.nickname);
  // no_show marks a comment the page hides from viewers: the scout never sees it.
  if (text === null || !author || bool(c.no_show) === true) return null;
  const replyTo = str(c.reply_id);
  const stick = int(c.stick_position);
  const pins = [bool(c.author_pin), stick === null ? null : stick > 0];
  return newComment({
    postId: videoId,
    author,
    text,
    likes: int(c.digg_count),
    publishedAt: epochToIso(c.create_time),
    // author_pin is the creator's pin; stick_position also places pinned comments first.
    pinned: pins.includes(true) ? true : pins.includes(false) ? false : null,
    isReply: nested || (replyTo !== null && replyTo !== '' && replyTo !== '0'),
  });
}
