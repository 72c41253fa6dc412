import type { Comment } from '../../model/snapshot';
import { arr, at, bool, epochToIso, int, isObj, str, type Json } from '../../parse/json-path';
import { newComment } from '../shared/draft';
import { itemsOf } from './bodies';
import { IG_API_MEDIA_LISTS, IG_COMMENT_LISTS } from './selectors';

/**
 * Comments visible on the open post `code`, from every body that holds some, in the order
 * the page received them; a comment seen twice (preview and full list) is kept once.
 */
export function commentsOf(bodies: Json[], code: string): Comment[] {
  const out: Comment[] = [];
  const seen = new Set<string>();
  const add: Add = (c) => {
    if (!c) return;
    const key = `${c.author}\u0000${c.text}\u0000${c.publishedAt ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(c);
    }
  };
  for (const body of bodies) {
    // ?__a=1 post pages (2019–2025): the post with its comments, replies threaded under parents.
    const post = at(body, 'graphql.shortcode_media');
    if (isObj(post) && str(post.shortcode) === code) graphThread(post, code, add);
    for (const list of IG_COMMENT_LISTS) {
      for (const item of itemsOf(body, list)) {
        const graph = isObj(at(item, 'owner'));
        if (graph) graphComment(item, code, false, add);
        else apiComment(item, code, add);
      }
    }
    // api/v1 media: the first comments ride along with the post (media/info, 2019–2023).
    for (const media of IG_API_MEDIA_LISTS.flatMap((l) => itemsOf(body, l))) {
      if (str(at(media, 'code')) !== code) continue;
      const embedded = arr(at(media, 'comments'));
      // preview_comments repeats `comments` when both are present.
      for (const c of embedded.length ? embedded : arr(at(media, 'preview_comments'))) apiComment(c, code, add);
    }
  }
  return out;
}

type Add = (c: Comment | null) => void;

function graphThread(post: Record<string, Json>, code: string, add: Add): void {
  // Newer posts split parents from replies; older ones list every comment flat.
  const parents = arr(at(post, 'edge_media_to_parent_comment.edges'));
  const edges = parents.length ? parents : arr(at(post, 'edge_media_to_comment.edges'));
  for (const e of edges) graphComment(at(e, 'node'), code, false, add);
}

function graphComment(node: Json, code: string, isReply: boolean, add: Add): void {
  const author = str(at(node, 'owner.username'));
  const text = str(at(node, 'text'));
  if (author === null || text === null) return;
  add(newComment({
    postId: code,
    author,
    text,
    likes: int(at(node, 'edge_liked_by.count')),
    publishedAt: epochToIso(at(node, 'created_at')),
    pinned: bool(at(node, 'is_pinned')),
    isReply,
  }));
  for (const r of arr(at(node, 'edge_threaded_comments.edges'))) graphComment(at(r, 'node'), code, true, add);
}

function apiComment(c: Json, code: string, add: Add): void {
  const author = str(at(c, 'user.username'));
  const text = str(at(c, 'text'));
  if (author === null || text === null) return;
  const parent = at(c, 'parent_comment_id');
  add(newComment({
    postId: code,
    author,
    text,
    likes: int(at(c, 'comment_like_count')),
    publishedAt: epochToIso(at(c, 'created_at_utc')) ?? epochToIso(at(c, 'created_at')),
    pinned: bool(at(c, 'is_pinned')),
    isReply: parent !== undefined && parent !== null,
  }));
  for (const r of arr(at(c, 'preview_child_comments'))) {
    const reply = { ...(isObj(r) ? r : {}), parent_comment_id: at(c, 'pk') ?? 'parent' };
    apiComment(reply, code, add);
  }
}
