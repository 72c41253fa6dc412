import type { Post } from '../../model/snapshot';
import { arr, at, bool, int, isObj, str, type Json } from '../../parse/json-path';
import { readCount } from '../../parse/count-text';
import { tagsIn } from '../../parse/hashtags';
import { newPost, SnapshotDraft, type Candidate } from '../shared/draft';
import { absoluteDate, finest, isoDate, relativeDate } from './dates';
import { watchPart } from './owner';
import { YT_SELECTORS } from './selectors';
import { firstText, textOf } from './text';
import { likeCandidates } from './likes';

const W = YT_SELECTORS.watch;
const P = YT_SELECTORS.player;

export interface Doc {
  data: Json;
  source: string;
}

export interface WatchContext {
  /** The video the URL names (/watch?v=, /shorts/); null when the URL names none. */
  videoId: string | null;
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

/** The one video a watch page plays, from its next data and player responses; null when neither is there. */
export function watchVideo(docs: Doc[], ctx: WatchContext): WatchVideo | null {
  const idOf = (d: Doc) => str(at(d.data, W.currentVideoId)) ?? str(at(d.data, `${P.details}.videoId`));
  const nexts = docs.filter((d) => isObj(watchPart(d.data, 'videoPrimaryInfoRenderer')));
  const players = docs.filter((d) => isObj(at(d.data, P.details)));
  const id = ctx.videoId ?? [...nexts, ...players].map(idOf).find((x) => x) ?? null;
  if (!id) return null;
  // A response about another video (a preloaded next one) must not leak into this one.
  const mine = (d: Doc) => { const own = idOf(d); return own === null || own === id; };
  const primaries = nexts.filter(mine).map((d) => ({ vp: watchPart(d.data, 'videoPrimaryInfoRenderer'), doc: d }));
  const mineP = players.filter(mine).map((d) => ({ details: at(d.data, P.details), micro: at(d.data, P.microformat), doc: d }));
  if (primaries.length === 0 && mineP.length === 0) return null;

  const d = new SnapshotDraft();
  const caption = d.pick('caption', [
    ...primaries.map(({ vp, doc }) => ({ value: textOf(at(vp, 'title')), source: `${doc.source} (videoPrimaryInfoRenderer)` })),
    ...mineP.map(({ details, doc }) => ({ value: str(at(details, 'title')), source: `${doc.source} (videoDetails)` })),
  ]) ?? '';
  const views = d.pick('views', [
    ...primaries.map(({ vp, doc }) => viewsFrom(textOf(at(vp, W.viewCount)), `${doc.source} (viewCount)`)),
    ...mineP.map(({ details, doc }) => ({ value: int(at(details, 'viewCount')), source: `${doc.source} (videoDetails.viewCount)` })),
    ...primaries.map(({ vp, doc }) => viewsFrom(textOf(at(vp, W.shortViewCount)), `${doc.source} (shortViewCount)`)),
  ]);
  const likeReads = primaries.map(({ vp, doc }) => likeCandidates(vp, doc.source));
  const likes = d.pick('likes', [
    ...likeReads.flatMap((r) => r.exact),
    ...mineP.map(({ micro, doc }) => ({ value: int(at(micro, 'likeCount')), source: `${doc.source} (microformat.likeCount)` })),
    ...likeReads.flatMap((r) => r.rounded),
  ]);
  const comments = d.pick('comments', [...ctx.commentTotals, ...nexts.filter(mine).map(commentPanel)]);
  const when = finest([
    ...mineP.map(({ micro }) => isoDate(str(at(micro, 'publishDate')))),
    ...primaries.map(({ vp }) => absoluteDate(textOf(at(vp, 'dateText')))),
    ...primaries.map(({ vp }) => relativeDate(textOf(at(vp, 'dateText')), ctx.capturedAt)),
    ...primaries.map(({ vp }) => relativeDate(textOf(at(vp, 'relativeDateText')), ctx.capturedAt)),
  ]);
  const publishedText = primaries.map(({ vp }) => textOf(at(vp, 'relativeDateText'))).find((t) => t) ?? null;
  const dateText = primaries.map(({ vp }) => textOf(at(vp, 'dateText'))).find((t) => t) ?? '';
  const live = mineP.some(({ details }) => bool(at(details, 'isLiveContent')) === true)
    || primaries.some(({ vp }) => bool(at(vp, W.isLive)) === true) || /^(streamed|started streaming)\b/i.test(dateText);
  const paid = mineP.map(({ doc }) => paidOverlay(doc.data)).find((x) => x !== null) ?? null;
  const description = [
    ...nexts.filter(mine).map((doc) => firstText(watchPart(doc.data, 'videoSecondaryInfoRenderer'), W.description)),
    ...mineP.map(({ details }) => str(at(details, 'shortDescription'))),
  ].find((t) => t) ?? '';
  const warnings: string[] = [];
  if (primaries.some(({ vp }) => isUnlisted(vp)) || mineP.some(({ micro }) => bool(at(micro, 'isUnlisted')) === true)) {
    warnings.push('This video is unlisted: it does not appear on the channel, so it may not reflect the channel\'s public reach.');
  }
  if (paid) d.sources.paidPartnership = 'payload/json: player paidContentOverlay';
  const likesHidden = likes === null && likeReads.some((r) => r.buttonFound);
  // Hashtags and mentions of the description count too: "#ad" and sponsors live there.
  const both = `${caption}\n${description}`;
  const post = newPost({
    id,
    url: ctx.isShortsUrl ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}`,
    kind: ctx.isShortsUrl ? 'short' : live ? 'live' : 'video',
    likes, likesHidden, comments, views,
    publishedAt: when?.at ?? null,
    publishedPrecision: when?.precision ?? null,
    publishedText,
    caption,
    hashtags: tagsIn(both, '#'),
    mentions: tagsIn(both, '@'),
    paidPartnership: paid ? true : null,
    disclosureLabel: paid,
    approximate: [...d.approximate],
  });
  return { post, sources: d.sources, warnings };
}

function viewsFrom(text: string | null, source: string): Candidate<number> {
  // A stream on air shows "1,234 watching now": viewers, not views.
  if (!text || /watching/i.test(text)) return { value: null, source };
  const r = readCount(text, 'en');
  return { value: r.value, source, exact: r.exact };
}

/** The comments engagement panel's count: "99k" (rounded), "365" (exact). */
function commentPanel(doc: Doc): Candidate<number> {
  for (const panel of arr(at(doc.data, 'engagementPanels'))) {
    if (str(at(panel, 'engagementPanelSectionListRenderer.panelIdentifier')) !== W.commentsPanelId) continue;
    const r = readCount(textOf(at(panel, `${W.panelHeader}.contextualInfo`)), 'en');
    return { value: r.value, source: `${doc.source} (comments panel)`, exact: r.exact };
  }
  return { value: null, source: doc.source };
}

/** "Includes paid promotion" in the player response; its label is the page's own words. */
function paidOverlay(player: Json): string | null {
  for (const path of P.paidOverlay) {
    const overlay = at(player, path);
    if (isObj(overlay)) return textOf(at(overlay, 'text')) ?? 'Includes paid promotion';
  }
  return null;
}

function isUnlisted(vp: Json): boolean {
  return arr(at(vp, 'badges')).some((b) => str(at(b, 'metadataBadgeRenderer.icon.iconType')) === 'PRIVACY_UNLISTED'
    || /unlisted/i.test(str(at(b, 'metadataBadgeRenderer.label')) ?? ''));
}
