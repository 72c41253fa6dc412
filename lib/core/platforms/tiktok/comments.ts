import type { Comment } from '../../model/snapshot';
import { at, bool, epochToIso, int, str, type Json } from '../../parse/json-path';
import { enclosingOf } from '../../parse/json-walk';
import { newComment } from '../shared/draft';
import { byCreator, defaultAvatar, idOf, type CreatorIds } from './audience';
import { queryParam, type TikTokBody } from './bodies';
import { languageCode } from './codes';
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
export function readComments(matches: Match[], videoId: string | null, bodies: readonly TikTokBody[], creator: CreatorIds | null): CommentRead {
  const seen = new Set<string>();
  const perSource = new Map<string, string[]>();
  const comments: Comment[] = [];
  if (videoId === null) return { comments, sources: [] };
  for (const m of matches) {
    const parent = enclosingOf(m, ['comment']);
    if (videoOf(m, parent, bodies) !== videoId) continue;
    const comment = commentFrom(m.value, parent ? idOf(parent.value.cid) : undefined, videoId, creator);
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
 * One comment. `parentId` is the id of the comment whose `reply_comment` inlined it (undefined at
 * the top level; null when that parent has no id). `creator` is the video's author, compared by id.
 */
function commentFrom(c: Record<string, Json>, parentId: string | null | undefined, videoId: string, creator: CreatorIds | null): Comment | null {
  const text = str(c.text);
  const author = str(at(c, 'user.unique_id')) || str(at(c, 'user.uniqueId')) || str(c.unique_id)
    || str(at(c, 'user.nickname')) || str(c.nickname);
  // no_show marks a comment the page hides from viewers: the scout never sees it.
  if (text === null || !author || bool(c.no_show) === true) return null;
  // reply_id names the top comment of the thread ("0" on a top comment); reply_to_reply_id, the reply answered.
  const replyId = idOf(c.reply_id);
  const stick = int(c.stick_position);
  const pins = [bool(c.author_pin), stick === null ? null : stick > 0];
  const nested = parentId !== undefined;
  return newComment({
    postId: videoId,
    id: idOf(c.cid),
    author,
    text,
    likes: int(c.digg_count),
    publishedAt: epochToIso(c.create_time),
    // author_pin is the creator's pin; stick_position also places pinned comments first.
    pinned: pins.includes(true) ? true : pins.includes(false) ? false : null,
    isReply: nested || replyId !== null,
    // The comment that inlined it is its thread's top comment; a reply page's entries name theirs.
    replyTo: (nested ? parentId : null) ?? replyId,
    byCreator: byCreator(c, creator),
    // is_author_digged is the creator's like; the viewer's own is user_digged, never read.
    likedByCreator: bool(c.is_author_digged),
    language: languageCode(c.comment_language),
    authorDefaultAvatar: defaultAvatar(c),
  });
}
