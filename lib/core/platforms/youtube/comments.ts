import type { Comment } from '../../model/snapshot';
import { int, isObj, str } from '../../parse/json-path';
import { readCount } from '../../parse/count-text';
import { enclosingOf, type ShapeMatch } from '../../parse/json-walk';
import { newComment, type Candidate } from '../shared/draft';
import { type DocShapes, ofKind, origin } from './collect';
import { isoDate, relativeDate } from './dates';
import type { YtKind } from './shapes';
import { textOf } from './text';

const PINNED_PRIORITY = 'RENDERING_PRIORITY_PINNED_COMMENT';
const HEARTED = 'TOOLBAR_HEART_STATE_HEARTED';

/**
 * A comment with what the Comment model has no field for yet: whether its author is the
 * channel's creator (author.isCreator) and whether the creator hearted it (heartState).
 */
export interface YtComment {
  comment: Comment;
  byCreator: boolean | null;
  hearted: boolean | null;
}

interface Ctx {
  postId: string | null;
  capturedAt: string;
}

type M = ShapeMatch<YtKind>;

/** Comments of one document (first page, scroll page, reply page), in display order. */
export function commentsIn(shapes: DocShapes, ctx: Ctx): YtComment[] {
  const entities = new Map(ofKind(shapes, 'commentEntity').map((m) => [str(m.value.key) ?? '', m]));
  const hearts = new Map(ofKind(shapes, 'toolbarState').map((m) => [str(m.value.key) ?? '', str(m.value.heartState)]));
  const used = new Set<M>();
  const threadsSeen = new Set<M>();
  const out: YtComment[] = [];
  for (const m of shapes.matches) {
    if (m.kind === 'commentViewModel') {
      const entity = entities.get(str(m.value.commentKey) ?? '');
      if (!entity || used.has(entity)) continue;
      used.add(entity);
      const thread = enclosingOf(m, ['commentThread']);
      const pinned = str(thread?.value.renderingPriority) === PINNED_PRIORITY || typeof m.value.pinnedText === 'string';
      const c = fromEntity(entity, pinned, hearts.get(str(m.value.toolbarStateKey) ?? stateKeyOf(entity)) ?? null, ctx);
      if (c) out.push(c);
    } else if (m.kind === 'legacyComment') {
      // ≤2024: a thread's first commentRenderer is the comment; any other (a reply page, inline replies) is a reply.
      const thread = enclosingOf(m, ['commentThread']);
      const isReply = !thread || threadsSeen.has(thread);
      if (thread) threadsSeen.add(thread);
      const c = fromLegacy(m, isReply, ctx);
      if (c) out.push(c);
    }
  }
  // An entity no view model points at (a payload holding only the entity store) is still a visible comment.
  for (const entity of entities.values()) {
    if (used.has(entity)) continue;
    const c = fromEntity(entity, false, hearts.get(stateKeyOf(entity)) ?? null, ctx);
    if (c) out.push(c);
  }
  return out;
}

/** "19,783 Comments" as the comments header declares it. */
export function declaredTotal(shapes: DocShapes): Candidate<number> | null {
  for (const m of ofKind(shapes, 'commentsHeader')) {
    const r = readCount(textOf(m.value.countText), 'en');
    if (r.value !== null) return { value: r.value, source: `${origin(m)} (commentsHeaderRenderer)`, exact: r.exact };
  }
  return null;
}

/** schema.org teaser comments a 2025–2026 watch page embeds before any comments page loads. */
export function teaserComments(shapes: DocShapes, ctx: Ctx): YtComment[] {
  return ofKind(shapes, 'teaserComment').flatMap((m) => {
    const author = isObj(m.value.author) ? str(m.value.author.name) : null;
    const text = str(m.value.text);
    if (author === null || text === null) return [];
    const comment = newComment({ postId: ctx.postId, author, text, likes: int(m.value.upvoteCount), publishedAt: isoDate(str(m.value.dateCreated))?.at ?? null });
    return [{ comment, byCreator: null, hearted: null }];
  });
}

/** The key of the comment's toolbar state (its heart), as the entity itself names it. */
function stateKeyOf(entity: M): string {
  return (isObj(entity.value.properties) ? str(entity.value.properties.toolbarStateKey) : null) ?? '';
}

function fromEntity(m: M, pinned: boolean, heartState: string | null, ctx: Ctx): YtComment | null {
  const e = m.value;
  const author = isObj(e.author) ? e.author : {};
  const props = isObj(e.properties) ? e.properties : {};
  const toolbar = isObj(e.toolbar) ? e.toolbar : {};
  const name = str(author.displayName);
  const text = textOf(props.content);
  if (name === null || text === null) return null;
  // A comment nobody liked shows "" or " " beside "0 likes"; the accessibility text then tells.
  const notLiked = str(toolbar.likeCountNotliked)?.trim();
  const likes = readCount(notLiked || str(toolbar.likeCountA11y), 'en');
  const publishedText = str(props.publishedTime);
  const comment = newComment({
    postId: ctx.postId, author: name, text,
    likes: likes.value,
    publishedText,
    publishedAt: relativeDate(publishedText, ctx.capturedAt)?.at ?? null,
    pinned,
    isReply: (int(props.replyLevel) ?? 0) > 0,
    approximate: likes.value !== null && !likes.exact ? ['likes'] : [],
  });
  const byCreator = typeof author.isCreator === 'boolean' ? author.isCreator : null;
  return { comment, byCreator, hearted: heartState === null ? null : heartState === HEARTED };
}

function fromLegacy(m: M, isReply: boolean, ctx: Ctx): YtComment | null {
  const r = m.value;
  const author = textOf(r.authorText);
  const text = textOf(r.contentText);
  if (author === null || text === null) return null;
  const likes = readCount(textOf(r.voteCount), 'en');
  const publishedText = textOf(r.publishedTimeText);
  const comment = newComment({
    postId: ctx.postId, author, text,
    likes: likes.value,
    publishedText,
    publishedAt: relativeDate(publishedText, ctx.capturedAt)?.at ?? null,
    pinned: isObj(r.pinnedCommentBadge),
    isReply,
    approximate: likes.value !== null && !likes.exact ? ['likes'] : [],
  });
  return { comment, byCreator: null, hearted: isObj(r.creatorHeart) ? true : null };
}
