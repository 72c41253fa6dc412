import type { Post } from '../../model/snapshot';
import { int, str, type Json } from '../../parse/json-path';
import { tagsIn } from '../../parse/hashtags';
import { newPost, SnapshotDraft, type Candidate } from '../shared/draft';
import { type DocShapes, ofKind, origin } from './collect';
import { absoluteDate, finest, isoDate, relativeDate } from './dates';
import { likeCandidates } from './likes';
import { textOf } from './text';
import { commentPanel, descriptionOf, isLiveNow, isUnlistedBadge, paidLabel, primaryViews } from './watch-parts';

export interface Doc {
  data: Json;
  source: string;
}

export interface WatchContext {
  /** The video the URL names (/watch?v=, /shorts/). */
  videoId: string;
  isShortsUrl: boolean;
  capturedAt: string;
  /** Totals a comments page declared ("19,783 Comments"), which beat the panel's rounded "99k". */
  commentTotals: Candidate<number>[];
}

export interface WatchVideo {
  post: Post;
  sources: Record<string, string>;
  warnings: string[];
}

/**
 * The one video a watch or Shorts page plays, from its next data and player responses; null when
 * neither is there. `mine`: the documents about this video (membership.ts aboutVideo).
 */
export function watchVideo(mine: readonly DocShapes[], ctx: WatchContext): WatchVideo | null {
  const id = ctx.videoId;
  const primaries = ofKind(mine, 'primaryInfo');
  const players = ofKind(mine, 'videoDetails').filter((m) => str(m.value.videoId) === id);
  const micros = players.length ? ofKind(mine, 'playerMicroformat') : [];
  if (primaries.length === 0 && players.length === 0) return null;

  const d = new SnapshotDraft();
  const caption = d.pick('caption', [
    ...primaries.map((vp) => ({ value: textOf(vp.value.title), source: origin(vp) })),
    ...players.map((p) => ({ value: str(p.value.title), source: origin(p) })),
  ]) ?? '';
  const views = primaries.map(primaryViews);
  const viewCount = d.pick('views', [
    ...views.map((v) => v.exact),
    ...players.map((p) => ({ value: int(p.value.viewCount), source: `${origin(p)} (viewCount)` })),
    ...views.map((v) => v.short),
  ]);
  const buttons = ofKind(mine, 'likeButton');
  const likeReads = ctx.isShortsUrl && primaries.length === 0 ? [likeCandidates(null, buttons)] : primaries.map((vp) => likeCandidates(vp, buttons));
  const likes = d.pick('likes', [
    ...likeReads.flatMap((r) => r.exact),
    ...micros.map((m) => ({ value: int(m.value.likeCount), source: `${origin(m)} (likeCount)` })),
    ...likeReads.flatMap((r) => r.rounded),
  ]);
  const comments = d.pick('comments', [...ctx.commentTotals, ...ofKind(mine, 'commentsPanel').map(commentPanel)]);
  const dateTexts = primaries.map((vp) => textOf(vp.value.dateText));
  const relTexts = primaries.map((vp) => textOf(vp.value.relativeDateText));
  const when = finest([
    ...micros.map((m) => isoDate(str(m.value.publishDate))),
    ...dateTexts.map(absoluteDate),
    ...dateTexts.map((t) => relativeDate(t, ctx.capturedAt)),
    ...relTexts.map((t) => relativeDate(t, ctx.capturedAt)),
  ]);
  const dateText = dateTexts.find((t) => t) ?? '';
  const live = players.some((p) => p.value.isLiveContent === true) || primaries.some(isLiveNow) || /^(streamed|started streaming)\b/i.test(dateText);
  const paidHolders = ofKind(mine, 'paidHolder');
  const paid = paidHolders.length ? paidLabel(paidHolders[0]!) : null;
  if (paid) d.sources.paidPartnership = origin(paidHolders[0]!);
  const description = [
    ...ofKind(mine, 'secondaryInfo').map(descriptionOf),
    ...players.map((p) => str(p.value.shortDescription)),
  ].find((t) => t) ?? '';
  const warnings: string[] = [];
  if (primaries.some(isUnlistedBadge) || micros.some((m) => m.value.isUnlisted === true)) {
    warnings.push('This video is unlisted: it does not appear on the channel, so it may not reflect the channel\'s public reach.');
  }
  const likesHidden = likes === null && likeReads.some((r) => r.buttonFound);
  // Hashtags and mentions of the description count too: "#ad" and sponsors live there.
  const both = `${caption}\n${description}`;
  const post = newPost({
    id,
    url: ctx.isShortsUrl ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`,
    kind: ctx.isShortsUrl ? 'short' : live ? 'live' : 'video',
    likes, likesHidden, comments, views: viewCount,
    publishedAt: when?.at ?? null,
    publishedPrecision: when?.precision ?? null,
    publishedText: relTexts.find((t) => t) ?? null,
    caption,
    hashtags: tagsIn(both, '#'),
    mentions: tagsIn(both, '@'),
    paidPartnership: paid ? true : null,
    disclosureLabel: paid,
    approximate: [...d.approximate],
  });
  return { post, sources: d.sources, warnings };
}
