import type { PageCapture } from '../../model/capture';
import type { Comment, Post } from '../../model/snapshot';
import { mergePosts, SnapshotDraft } from '../shared/draft';
import { emptyRead, type PageRead } from '../shared/page-read';
import { commentsIn, declaredTotal, teaserComments } from './comments';
import { channelFromUrl, videoIdFromUrl, type ChannelRef } from './detect';
import { domPaidLabel, domPosts } from './dom';
import { gridPosts } from './grid';
import { readHeader } from './header';
import { readProfile } from './profile';
import { YT_SELECTORS } from './selectors';
import { pageDocs } from './sources';
import { watchVideo, type Doc } from './watch';

/** Everything a YouTube channel or watch page holds; never throws on missing data. */
export function readYouTube(capture: PageCapture): PageRead {
  const url = safeUrl(capture.url);
  const ref = url ? channelFromUrl(url) : null;
  const videoId = url ? videoIdFromUrl(url) : null;
  const docs = videoId === null ? ofThisChannel(pageDocs(capture, false), ref) : pageDocs(capture, true);
  const draft = new SnapshotDraft();
  const read = emptyRead('youtube');
  readProfile(docs, ref, videoId !== null, capture.doc, draft, read);
  // YouTube has no private channels: what a visitor sees is public.
  read.isPrivate = false;
  read.posts = readPosts(capture, docs, videoId, draft);
  read.comments = readComments(docs, videoId, capture.capturedAt);
  read.hints = { ...read.hints, notAProfile: !ref && !videoId, loggedOut: YT_SELECTORS.consentWall.some((s) => capture.doc.querySelector(s) !== null) };
  read.sources = draft.sources;
  read.approximate = draft.approximate;
  read.warnings = draft.warnings;
  read.disagreements = draft.disagreements;
  return read;
}

/**
 * After in-page navigation the page still holds the first channel's ytInitialData and the
 * observer still holds earlier channels' responses. Keep only this channel's: a document with
 * a header belongs to the channel it names; a scroll page (no header) to the one before it.
 */
function ofThisChannel(docs: Doc[], ref: ChannelRef | null): Doc[] {
  if (!ref || (!ref.handle && !ref.channelId)) return docs;
  const wanted = (h: { handle: string | null; channelId: string | null }) =>
    (ref.handle !== null && h.handle?.toLowerCase() === ref.handle.toLowerCase()) || (ref.channelId !== null && h.channelId === ref.channelId);
  let current = true;
  return docs.filter((d) => {
    const header = readHeader(d.data);
    if (header && (header.handle || header.channelId)) current = wanted(header);
    return current;
  });
}

/**
 * A watch page: the one video it plays (its related videos are other channels', never posts).
 * A channel page: its grid (first page and scroll pages), else the rendered grid.
 */
function readPosts(capture: PageCapture, docs: Doc[], videoId: string | null, draft: SnapshotDraft): Post[] {
  const commentTotals = docs.flatMap((d) => declaredTotal(d.data, d.source) ?? []);
  const isShortsUrl = /^\/shorts\//.test(safeUrl(capture.url)?.pathname ?? '');
  const video = videoId === null ? null : watchVideo(docs, { videoId, isShortsUrl, capturedAt: capture.capturedAt, commentTotals });
  const origins: string[] = [];
  if (video) {
    for (const [field, source] of Object.entries(video.sources)) draft.sources[`video.${field}`] = source;
    video.warnings.forEach((w) => draft.warn(w));
    const label = video.post.paidPartnership === null ? domPaidLabel(capture.doc) : null;
    if (label) {
      video.post.paidPartnership = true;
      video.post.disclosureLabel = label;
      draft.sources['video.paidPartnership'] = `dom: ${YT_SELECTORS.dom.paidOverlay[0]}`;
    }
    origins.push(`${video.sources.caption ?? 'watch page'}: the video this page plays`);
  }
  const grids = videoId !== null ? [] : docs.map((d) => ({ posts: gridPosts(d.data, capture.capturedAt), source: d.source })).filter((g) => g.posts.length > 0);
  grids.forEach((g) => origins.push(`${g.source}: ${g.posts.length} grid tiles`));
  const rendered = videoId === null && grids.length === 0 ? domPosts(capture.doc, capture.capturedAt) : [];
  if (rendered.length > 0) origins.push(`dom: ${YT_SELECTORS.dom.gridItems[0]}: ${rendered.length} tiles`);
  if (origins.length) draft.sources.posts = origins.join('; ');
  if (grids.length > 0 || rendered.length > 0) draft.warn('YouTube channel grids show views only; likes and comments are unknown until a video is opened.');
  return mergePosts([video ? [video.post] : [], ...grids.map((g) => g.posts), rendered]);
}

function readComments(docs: Doc[], postId: string | null, capturedAt: string): Comment[] {
  const ctx = { postId, capturedAt };
  const all = [...docs.flatMap((d) => commentsIn(d.data, ctx)), ...docs.flatMap((d) => teaserComments(d.data, ctx))];
  // A teaser repeats a comment a comments page may also hold: the same words by the same author are one comment.
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.author}\u0000${c.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
