import type { Comment } from '../../model/snapshot';
import { bool, epochToIso, int, isObj, str, type Json } from '../../parse/json-path';
import { enclosingOf, type ShapeMatch } from '../../parse/json-walk';
import { newComment } from '../shared/draft';
import { defaultAvatarOf, idOf, isCreator, userIdOf, type PostCreator } from './audience';
import { ownerName, ownerOf, type IgKind } from './shapes';

type Match = ShapeMatch<IgKind>;

const codeOf = (o: Record<string, Json>) => str(o.code) ?? str(o.shortcode);

const NO_CREATOR: PostCreator = { name: null, id: null };

/**
 * Comments visible on the open post `code`, in the order the page received them. A comment
 * inside another comment is a reply; one inside a media item belongs to that post, so a
 * comment under another post is dropped, and a media item's own `caption` is not a comment.
 * A comment list that names no post belongs to the open one only where `aboutPost` proves its
 * body is about it: the tab keeps earlier posts' comment responses. A comment seen twice
 * (preview and full list) is kept once. `creator` is the post's owner, to mark the comments
 * the creator wrote.
 */
export function commentsOf(matches: readonly Match[], code: string, aboutPost: (m: Match) => boolean, creator = NO_CREATOR): Comment[] {
  const out: Comment[] = [];
  const byKey = new Map<string, Comment>();
  for (const m of matches) {
    if (m.kind !== 'comment') continue;
    const media = enclosingOf(m, ['media']);
    if (media && (codeOf(media.value) !== code || media.value.caption === m.value)) continue;
    if (!media && !aboutPost(m)) continue;
    let c: Comment | null;
    try {
      c = commentFrom(m, code, creator);
    } catch {
      // One hostile comment costs only itself.
      continue;
    }
    if (!c) continue;
    const key = `${c.author}\u0000${c.text}\u0000${c.publishedAt ?? ''}`;
    const seen = byKey.get(key);
    // The flat list of an old post repeats a reply its thread already marked; a preview lacks fields the full list has.
    if (seen) fillUnknown(seen, c);
    else {
      byKey.set(key, c);
      out.push(c);
    }
  }
  return out;
}

const FILLABLE = ['id', 'replyTo', 'byCreator', 'likedByCreator', 'authorDefaultAvatar', 'pinned', 'likes'] as const;

function fillUnknown(seen: Comment, c: Comment): void {
  seen.isReply ||= c.isReply;
  for (const k of FILLABLE) {
    if (seen[k] === null && c[k] !== null) (seen as Record<string, unknown>)[k] = c[k];
  }
}

function commentFrom(m: Match, code: string, creator: PostCreator): Comment | null {
  const c = m.value;
  const author = ownerName(c);
  const text = str(c.text);
  if (author === null || text === null) return null;
  const user = ownerOf(c);
  const parentId = c.parent_comment_id;
  const inComment = m.parent?.kind === 'comment';
  const isReply = inComment || (parentId !== undefined && parentId !== null);
  // A reply's thread: the id it names, else the comment that holds it (GraphQL edge_threaded_comments, api preview_child_comments).
  const thread = isReply ? idOf(parentId) ?? (inComment && m.parent ? commentIdOf(m.parent.value) : null) : null;
  return newComment({
    postId: code,
    author: str(isObj(c.user) ? c.user.username : null) ?? str(isObj(c.owner) ? c.owner.username : null) ?? author,
    text,
    likes: int(c.comment_like_count) ?? (isObj(c.edge_liked_by) ? int(c.edge_liked_by.count) : null),
    publishedAt: epochToIso(c.created_at_utc) ?? epochToIso(c.created_at),
    pinned: bool(c.is_pinned),
    isReply,
    id: commentIdOf(c),
    replyTo: thread,
    byCreator: isCreator(author, userIdOf(user) ?? idOf(c.user_id), creator),
    // The post owner's like. `has_liked_comment` and `viewer_has_liked` are the viewer's own like: never read here.
    likedByCreator: bool(c.is_liked_by_media_owner),
    authorDefaultAvatar: defaultAvatarOf(user),
  });
}

/**
 * The creator of the open post as its comments are compared with: the page's handle, and the id
 * of the owner block the post itself carries when that block names the same handle.
 */
export function postCreator(matches: readonly Match[], code: string, handle: string | null): PostCreator {
  if (!handle) return NO_CREATOR;
  for (const m of matches) {
    if (m.kind !== 'media' || codeOf(m.value) !== code || ownerName(m.value) !== handle) continue;
    const id = userIdOf(ownerOf(m.value));
    if (id) return { name: handle, id };
  }
  return { name: handle, id: null };
}

function commentIdOf(c: Record<string, Json>): string | null {
  return idOf(c.pk) ?? idOf(c.id);
}
