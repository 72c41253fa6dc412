import type { Comment } from '../../model/snapshot';
import { bool, epochToIso, int, isObj, str, type Json } from '../../parse/json-path';
import { enclosingOf, type ShapeMatch } from '../../parse/json-walk';
import { newComment } from '../shared/draft';
import { ownerName, type IgKind } from './shapes';

type Match = ShapeMatch<IgKind>;

const codeOf = (o: Record<string, Json>) => str(o.code) ?? str(o.shortcode);

/**
 * Comments visible on the open post `code`, in the order the page received them. A comment
 * inside another comment is a reply; one inside a media item belongs to that post, so a
 * comment under another post is dropped, and a media item's own `caption` is not a comment.
 * A comment list that names no post belongs to the open one only where `aboutPost` proves its
 * body is about it: the tab keeps earlier posts' comment responses. A comment seen twice
 * (preview and full list) is kept once.
 */
export function commentsOf(matches: readonly Match[], code: string, aboutPost: (m: Match) => boolean): Comment[] {
  const out: Comment[] = [];
  const byKey = new Map<string, Comment>();
  for (const m of matches) {
    if (m.kind !== 'comment') continue;
    const media = enclosingOf(m, ['media']);
    if (media && (codeOf(media.value) !== code || media.value.caption === m.value)) continue;
    if (!media && !aboutPost(m)) continue;
    let c: Comment | null;
    try {
      c = commentFrom(m, code);
    } catch {
      // One hostile comment costs only itself.
      continue;
    }
    if (!c) continue;
    const key = `${c.author}\u0000${c.text}\u0000${c.publishedAt ?? ''}`;
    const seen = byKey.get(key);
    // The flat list of an old post repeats a reply its thread already marked.
    if (seen) seen.isReply ||= c.isReply;
    else {
      byKey.set(key, c);
      out.push(c);
    }
  }
  return out;
}

function commentFrom(m: Match, code: string): Comment | null {
  const c = m.value;
  const author = ownerName(c);
  const text = str(c.text);
  if (author === null || text === null) return null;
  const parentId = c.parent_comment_id;
  const inComment = m.parent?.kind === 'comment';
  return newComment({
    postId: code,
    author: str(isObj(c.user) ? c.user.username : null) ?? str(isObj(c.owner) ? c.owner.username : null) ?? author,
    text,
    likes: int(c.comment_like_count) ?? (isObj(c.edge_liked_by) ? int(c.edge_liked_by.count) : null),
    publishedAt: epochToIso(c.created_at_utc) ?? epochToIso(c.created_at),
    pinned: bool(c.is_pinned),
    isReply: inComment || (parentId !== undefined && parentId !== null),
  });
}
