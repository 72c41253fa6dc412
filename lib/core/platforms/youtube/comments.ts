import type { Comment } from '../../model/snapshot';
import { findAll, int, isObj, str, type Json } from '../../parse/json-path';
import { readCount } from '../../parse/count-text';
import { enclosingOf, type ShapeMatch } from '../../parse/json-walk';
import { newComment, type Candidate } from '../shared/draft';
import { type DocShapes, ofKind, origin } from './collect';
import { isoDate, relativeDate } from './dates';
import type { YtKind } from './shapes';
import { textOf } from './text';

const PINNED_PRIORITY = 'RENDERING_PRIORITY_PINNED_COMMENT';

/**
 * The creator's heart as the toolbar state entity gives it. Only this says whether a comment was
 * hearted: the heart tooltip ("❤ by @creator") sits on every comment, hearted or not.
 */
function heartOf(state: string | null): boolean | null {
  if (state === 'TOOLBAR_HEART_STATE_HEARTED') return true;
  if (state === 'TOOLBAR_HEART_STATE_UNHEARTED') return false;
  return null;
}

/** A comment id ("Ugx…"), or a reply's ("<top comment id>.<reply id>"); anything else from the page is dropped. */
const COMMENT_ID = /^[A-Za-z0-9_-]{1,100}(?:\.[A-Za-z0-9_-]{1,100})?$/;

function commentId(...values: Json[]): string | null {
  for (const v of values) if (typeof v === 'string' && COMMENT_ID.test(v)) return v;
  return null;
}

/** A reply's id starts with its thread's top comment id ("UgwS….9TOr…"): the thread a lone reply page belongs to. */
function threadInId(id: string | null): string | null {
  const dot = id ? id.indexOf('.') : -1;
  return id && dot > 0 ? id.slice(0, dot) : null;
}

interface Ctx {
  postId: string | null;
  capturedAt: string;
}

type M = ShapeMatch<YtKind>;

/** Comments of one document (first page, scroll page, reply page), in display order. */
export function commentsIn(shapes: DocShapes, ctx: Ctx): Comment[] {
  const entities = new Map(ofKind(shapes, 'commentEntity').map((m) => [str(m.value.key) ?? '', m]));
  const hearts = new Map(ofKind(shapes, 'toolbarState').map((m) => [str(m.value.key) ?? '', heartOf(str(m.value.heartState))]));
  const heartFor = (...keys: (string | null)[]) => {
    const key = keys.find((k) => k !== null && hearts.has(k));
    return key === undefined ? null : hearts.get(key as string) ?? null;
  };
  const used = new Set<M>();
  const read: { c: Comment; thread: M | null }[] = [];
  const add = (c: Comment | null, thread: M | null) => { if (c) read.push({ c, thread }); };
  for (const m of shapes.matches) {
    if (m.kind === 'commentViewModel') {
      const entity = entities.get(str(m.value.commentKey) ?? '');
      if (!entity || used.has(entity)) continue;
      used.add(entity);
      const thread = enclosingOf(m, ['commentThread']);
      const pinned = str(thread?.value.renderingPriority) === PINNED_PRIORITY || typeof m.value.pinnedText === 'string';
      const heart = heartFor(str(m.value.toolbarStateKey), stateKeyOf(entity));
      add(fromEntity(entity, { pinned, heart, id: str(m.value.commentId) }, ctx), thread);
    } else if (m.kind === 'legacyComment') {
      // ≤2024: within a thread, a reply's id carries the top comment's ("Ugw….8Leg…"); without an id, the thread's first is the top.
      const thread = enclosingOf(m, ['commentThread']);
      const id = commentId(m.value.commentId);
      const isReply = !thread || (id ? id.includes('.') : read.some((r) => r.thread === thread));
      add(fromLegacy(m, isReply, ctx), thread);
    }
  }
  // An entity no view model points at (a payload holding only the entity store) is still a visible comment; whether it is pinned is unknown.
  for (const entity of entities.values()) {
    if (!used.has(entity)) add(fromEntity(entity, { pinned: null, heart: heartFor(stateKeyOf(entity)), id: null }, ctx), null);
  }
  // A reply shown inside its thread names the thread's top comment, whichever came first in the document.
  const tops = new Map<M, string | null>();
  for (const { c, thread } of read) if (thread && !c.isReply && !tops.has(thread)) tops.set(thread, c.id);
  for (const { c, thread } of read) if (c.isReply) c.replyTo = (thread ? tops.get(thread) : null) ?? threadInId(c.id);
  return read.map((r) => r.c);
}

/** "19,783 Comments" as the comments header declares it. */
export function declaredTotal(shapes: DocShapes): Candidate<number> | null {
  for (const m of ofKind(shapes, 'commentsHeader')) {
    const r = readCount(textOf(m.value.countText), 'en');
    if (r.value !== null) return { value: r.value, source: `${origin(m)} (commentsHeaderRenderer)`, exact: r.exact };
  }
  return null;
}

/** schema.org teaser comments a 2025–2026 watch page embeds before any comments page loads: no id, creator or heart. */
export function teaserComments(shapes: DocShapes, ctx: Ctx): Comment[] {
  return ofKind(shapes, 'teaserComment').flatMap((m) => {
    const author = isObj(m.value.author) ? str(m.value.author.name) : null;
    const text = str(m.value.text);
    if (author === null || text === null) return [];
    return [newComment({ postId: ctx.postId, author, text, likes: int(m.value.upvoteCount), publishedAt: isoDate(str(m.value.dateCreated))?.at ?? null })];
  });
}

/** The key of the comment's toolbar state (its heart), as the entity itself names it. */
function stateKeyOf(entity: M): string | null {
  return isObj(entity.value.properties) ? str(entity.value.properties.toolbarStateKey) : null;
}

interface Seen {
  pinned: boolean | null;
  heart: boolean | null;
  /** The id the view model gives, should the entity lack one. */
  id: string | null;
}

function fromEntity(m: M, seen: Seen, ctx: Ctx): Comment | null {
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
  const isReply = (int(props.replyLevel) ?? 0) > 0;
  return newComment({
    postId: ctx.postId, author: name, text,
    likes: likes.value,
    publishedText,
    publishedAt: relativeDate(publishedText, ctx.capturedAt)?.at ?? null,
    // Only a thread's top comment can be pinned: a reply inside the pinned thread is not.
    pinned: isReply ? false : seen.pinned,
    isReply,
    approximate: likes.value !== null && !likes.exact ? ['likes'] : [],
    id: commentId(props.commentId, seen.id),
    byCreator: typeof author.isCreator === 'boolean' ? author.isCreator : null,
    likedByCreator: seen.heart,
  });
}

function fromLegacy(m: M, isReply: boolean, ctx: Ctx): Comment | null {
  const r = m.value;
  const author = textOf(r.authorText);
  const text = textOf(r.contentText);
  if (author === null || text === null) return null;
  const likes = readCount(textOf(r.voteCount), 'en');
  const publishedText = textOf(r.publishedTimeText);
  return newComment({
    postId: ctx.postId, author, text,
    likes: likes.value,
    publishedText,
    publishedAt: relativeDate(publishedText, ctx.capturedAt)?.at ?? null,
    pinned: isObj(r.pinnedCommentBadge),
    isReply,
    approximate: likes.value !== null && !likes.exact ? ['likes'] : [],
    id: commentId(r.commentId),
    byCreator: typeof r.authorIsChannelOwner === 'boolean' ? r.authorIsChannelOwner : null,
    likedByCreator: legacyHeart(r),
  });
}

/**
 * ≤2024: the action buttons' creatorHeart holds a renderer whose isHearted says it. A renderer
 * without it says nothing (its "♥ by …" tooltip and thumbnail are no heart), and no creatorHeart is unknown too.
 */
function legacyHeart(comment: Record<string, Json>): boolean | null {
  const heart = findAll(comment, ['creatorHeart'], 1)[0]?.value ?? null;
  const hearted = heart === null ? null : findAll(heart, ['isHearted'], 1)[0]?.value;
  return typeof hearted === 'boolean' ? hearted : null;
}
