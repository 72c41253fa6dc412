import type { PageCapture } from '../../model/capture';
import type { Comment, Post } from '../../model/snapshot';
import { mergePosts, SnapshotDraft } from '../shared/draft';
import { emptyRead, type PageRead } from '../shared/page-read';
import { aboutCountry } from './about';
import { type DocShapes, shapesOf } from './collect';
import { commentsIn, declaredTotal, teaserComments } from './comments';
import { channelFromUrl, videoIdFromUrl } from './detect';
import { domPaidLabel, domPosts } from './dom';
import { gridPosts } from './grid';
import { readHints } from './hints';
import { identityOf } from './identity';
import { aboutVideo, ofThisChannel, videoOfDoc } from './membership';
import { readProfile } from './profile';
import { YT_SELECTORS } from './selectors';
import { pageDocs } from './sources';
import { watchVideo } from './watch';

/** Everything a YouTube channel, watch or Shorts page holds; never throws on missing data. */
export function readYouTube(capture: PageCapture): PageRead {
  const url = safeUrl(capture.url);
  const ref = url ? channelFromUrl(url) : null;
  const videoId = url ? videoIdFromUrl(url) : null;
  const draft = new SnapshotDraft();
  const all = shapesOf(pageDocs(capture, videoId !== null), (m) => draft.warn(m));
  // Each JSON is walked once; then only what belongs to this channel, or to this video, is kept.
  const channel = videoId === null ? ofThisChannel(all, ref) : null;
  const shapes = channel ? channel.mine : aboutVideo(all, videoId as string);
  const read = emptyRead('youtube');
  const who = identityOf(shapes, ref, videoId);
  const renderedIsThisChannel = readProfile(shapes, who, capture.doc, draft, read);
  // YouTube has no private channels: what a visitor sees is public.
  read.isPrivate = false;
  read.posts = readPosts(capture, shapes, videoId, read.channelId, renderedIsThisChannel, draft);
  // A channel page shows no comments: any comments page in the tab is some video's.
  read.comments = videoId === null ? [] : readComments(shapes, videoId, capture.capturedAt);
  const { ageGated, unavailable } = readHints(channel ? channel.hints : shapes);
  read.hints = {
    ...read.hints,
    notAProfile: !ref && !videoId,
    loggedOut: YT_SELECTORS.consentWall.some((s) => capture.doc.querySelector(s) !== null),
    ageGated,
    unavailable,
    pageKind: videoId !== null ? 'post' : ref ? 'profile' : 'other',
    // Another channel's header with nothing proving this one: the page still shows that channel,
    // unless a notice that this channel is gone arrived after it.
    showsOther: channel && !renderedIsThisChannel && !unavailable ? channel.other : null,
  };
  const country = aboutCountry(all, read.channelId, capture.doc.documentElement?.getAttribute('lang') ?? null);
  if (country) draft.sources.country = country.source;
  read.sources = draft.sources;
  read.approximate = draft.approximate;
  read.warnings = draft.warnings;
  read.disagreements = draft.disagreements;
  read.country = country?.code ?? null;
  return read;
}

/**
 * A watch page: the one video it plays (its related videos are other channels', never posts).
 * A channel page: its grid (first page and scroll pages), else the rendered grid when the rendered header proved the channel.
 */
function readPosts(capture: PageCapture, shapes: DocShapes[], videoId: string | null, channelId: string | null, renderedOk: boolean, draft: SnapshotDraft): Post[] {
  // A comment count is this video's only from a document that names it (a comments page's tokens do), never by its order alone.
  const commentTotals = shapes.filter((s) => videoOfDoc(s) === videoId).flatMap((s) => declaredTotal(s) ?? []);
  const isShortsUrl = /^\/shorts\//.test(safeUrl(capture.url)?.pathname ?? '');
  const video = videoId === null ? null : watchVideo(shapes, { videoId, isShortsUrl, capturedAt: capture.capturedAt, commentTotals });
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
  const grids = videoId !== null ? [] : shapes.map((s) => ({ posts: gridPosts(s, channelId, capture.capturedAt), source: s.doc.source })).filter((g) => g.posts.length > 0);
  grids.forEach((g) => origins.push(`${g.source}: ${g.posts.length} grid tiles`));
  const rendered = videoId === null && grids.length === 0 && renderedOk ? domPosts(capture.doc, capture.capturedAt) : [];
  if (rendered.length > 0) origins.push(`dom: ${YT_SELECTORS.dom.gridItems[0]}: ${rendered.length} tiles`);
  if (origins.length) draft.sources.posts = origins.join('; ');
  if (grids.length > 0 || rendered.length > 0) draft.warn('YouTube channel grids show views only; likes and comments are unknown until a video is opened.');
  return mergePosts([video ? [video.post] : [], ...grids.map((g) => g.posts), rendered]);
}

function readComments(shapes: DocShapes[], postId: string | null, capturedAt: string): Comment[] {
  const ctx = { postId, capturedAt };
  const all = [...shapes.flatMap((s) => commentsIn(s, ctx)), ...shapes.flatMap((s) => teaserComments(s, ctx))];
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
