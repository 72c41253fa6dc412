import type { Comment } from '../../model/snapshot';
import { arr, at, int, isObj, str, type Json } from '../../parse/json-path';
import { readCount } from '../../parse/count-text';
import { newComment, type Candidate } from '../shared/draft';
import { isoDate, relativeDate } from './dates';
import { YT_SELECTORS } from './selectors';
import { textOf } from './text';

const C = YT_SELECTORS.comments;

interface Ctx {
  postId: string | null;
  capturedAt: string;
}

/** Comments of a comments page (first page, scroll page or reply page), in display order. */
export function commentsIn(data: Json, ctx: Ctx): Comment[] {
  const entities = entityMap(data);
  const out: Comment[] = [];
  for (const item of continuationItems(data)) {
    const thread = at(item, C.threadKey);
    const vm = isObj(thread) ? thread : at(item, C.replyKey);
    const pinned = str(at(item, 'commentThreadRenderer.renderingPriority')) === C.pinnedPriority || str(at(vm, 'pinnedText')) !== null;
    const key = str(at(vm, 'commentKey'));
    const entity = key ? entities.get(key) : undefined;
    const c = entity ? fromEntity(entity, pinned, ctx) : fromLegacy(item, ctx);
    if (c) out.push(c);
  }
  return out;
}

/** "19,783 Comments" as the comments header declares it. */
export function declaredTotal(data: Json, source: string): Candidate<number> | null {
  for (const item of continuationItems(data)) {
    const text = textOf(at(item, C.header));
    if (text === null) continue;
    const r = readCount(text, 'en');
    return { value: r.value, source: `${source} (commentsHeaderRenderer)`, exact: r.exact };
  }
  return null;
}

/** schema.org teaser comments a 2025–2026 watch page embeds before any comments page loads. */
export function teaserComments(data: Json, ctx: Ctx): Comment[] {
  return arr(at(data, YT_SELECTORS.watch.teaserComments)).flatMap((c) => {
    const author = str(at(c, 'author.name'));
    const text = str(at(c, 'text'));
    if (author === null || text === null) return [];
    return [newComment({ postId: ctx.postId, author, text, likes: int(at(c, 'upvoteCount')), publishedAt: isoDate(str(at(c, 'dateCreated')))?.at ?? null })];
  });
}

function continuationItems(data: Json): Json[] {
  const out: Json[] = [];
  for (const root of C.roots) {
    for (const endpoint of arr(at(data, root))) {
      for (const list of C.lists) out.push(...arr(at(endpoint, list)));
    }
  }
  return out;
}

// One pass over the mutations, so each comment key is a map lookup, not a scan.
function entityMap(data: Json): Map<string, Json> {
  const map = new Map<string, Json>();
  for (const m of arr(at(data, C.mutations))) {
    const key = str(at(m, 'entityKey'));
    const payload = at(m, 'payload.commentEntityPayload');
    if (key && isObj(payload)) map.set(key, payload);
  }
  return map;
}

function fromEntity(e: Json, pinned: boolean, ctx: Ctx): Comment | null {
  const author = str(at(e, 'author.displayName'));
  const text = str(at(e, 'properties.content.content'));
  if (author === null || text === null) return null;
  // A comment nobody liked shows "" or " " beside "0 likes"; the accessibility text then tells.
  const notLiked = str(at(e, 'toolbar.likeCountNotliked'))?.trim();
  const likes = readCount(notLiked || str(at(e, 'toolbar.likeCountA11y')), 'en');
  const publishedText = str(at(e, 'properties.publishedTime'));
  return newComment({
    postId: ctx.postId, author, text,
    likes: likes.value,
    publishedText,
    publishedAt: relativeDate(publishedText, ctx.capturedAt)?.at ?? null,
    pinned,
    isReply: (int(at(e, 'properties.replyLevel')) ?? 0) > 0,
    approximate: likes.value !== null && !likes.exact ? ['likes'] : [],
  });
}

function fromLegacy(item: Json, ctx: Ctx): Comment | null {
  const path = C.legacy.find((p) => isObj(at(item, p)));
  if (!path) return null;
  const r = at(item, path);
  const author = textOf(at(r, 'authorText'));
  const text = textOf(at(r, 'contentText'));
  if (author === null || text === null) return null;
  const likes = readCount(textOf(at(r, 'voteCount')), 'en');
  const publishedText = textOf(at(r, 'publishedTimeText'));
  return newComment({
    postId: ctx.postId, author, text,
    likes: likes.value,
    publishedText,
    publishedAt: relativeDate(publishedText, ctx.capturedAt)?.at ?? null,
    pinned: isObj(at(r, 'pinnedCommentBadge')),
    isReply: path === 'commentRenderer',
    approximate: likes.value !== null && !likes.exact ? ['likes'] : [],
  });
}
