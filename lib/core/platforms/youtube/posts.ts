import type { Post } from '../../model/snapshot';
import { arr, str, type Json } from '../../parse/json-path';
import { readCount } from '../../parse/count-text';
import type { ShapeMatch } from '../../parse/json-walk';
import { newPost } from '../shared/draft';
import { relativeDate } from './dates';
import { dig, digAll, digStr } from './dig';
import type { YtKind } from './shapes';
import { textOf } from './text';

// A past stream or premiere keeps its origin in the date text: "Streamed 2 days ago".
const STREAMED = /^(streamed|started streaming)\b/i;
/** Badge styles of a stream that is on air now: its "views" are "watching". */
const LIVE_NOW_BADGES = ['BADGE_STYLE_TYPE_LIVE_NOW'];

/** One video tile in any of the grid layouts; channel grids show views but never likes. */
export function postFromTile(m: ShapeMatch<YtKind>, capturedAt: string): Post | null {
  const tile = m.value;
  switch (m.kind) {
    case 'videoTile':
      return fromVideoRenderer(tile, capturedAt);
    case 'lockup':
      return fromLockup(tile, capturedAt);
    case 'shortsLockup':
      return short(digStr(tile.onTap, 'videoId'), digStr(dig(tile.overlayMetadata, 'primaryText'), 'content'), digStr(dig(tile.overlayMetadata, 'secondaryText'), 'content'));
    case 'reelTile':
      return short(str(tile.videoId), textOf(tile.headline), textOf(tile.viewCountText));
    default:
      return null;
  }
}

/** The channels a tile names as its uploader (byline links), so a shelf of other channels' videos is told apart. */
export function tileChannels(m: ShapeMatch<YtKind>): string[] {
  const t = m.value;
  // A lockup names its channel in its metadata rows; the menu beside them is large and names none.
  const bylines = m.kind === 'lockup' ? digAll(t.metadata, 'metadataParts') : [t.ownerText, t.shortBylineText, t.longBylineText];
  return bylines.flatMap((b) => digAll(b, 'browseId')).flatMap((id) => (typeof id === 'string' && id.startsWith('UC') ? [id] : []));
}

function fromVideoRenderer(v: Record<string, Json>, capturedAt: string): Post | null {
  const id = str(v.videoId);
  if (!id) return null;
  const liveNow = digAll(v.badges, 'style').some((s) => LIVE_NOW_BADGES.includes(str(s) ?? ''));
  // viewCountText is exact ("1,545,374 views"); shortViewCountText is truncated ("1.5M views").
  const exact = readCount(textOf(v.viewCountText), 'en');
  const views = exact.value !== null ? exact : readCount(textOf(v.shortViewCountText), 'en');
  const publishedText = textOf(v.publishedTimeText);
  return dated({
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    kind: liveNow || STREAMED.test(publishedText ?? '') ? 'live' : 'video',
    // A stream on air shows "1,234 watching", not views.
    views: liveNow ? null : views.value,
    publishedText,
    caption: textOf(v.title) ?? '',
    approximate: !liveNow && views.value !== null && !views.exact ? ['views'] : [],
  }, capturedAt);
}

function fromLockup(l: Record<string, Json>, capturedAt: string): Post | null {
  const id = str(l.contentId);
  if (!id || str(l.contentType) === 'LOCKUP_CONTENT_TYPE_PLAYLIST') return null;
  const parts = digAll(l.metadata, 'metadataParts').flatMap(arr).map((p) => digStr(p, 'content') ?? '');
  const views = readCount(parts.find((p) => /\bviews?\b/i.test(p)), 'en');
  const publishedText = parts.find((p) => /\bago\b|streamed|premiered/i.test(p)) ?? null;
  return dated({
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    kind: STREAMED.test(publishedText ?? '') ? 'live' : 'video',
    views: views.value,
    publishedText,
    caption: digStr(dig(l.metadata, 'title', (t) => typeof t === 'object' && t !== null), 'content') ?? '',
    approximate: views.value !== null && !views.exact ? ['views'] : [],
  }, capturedAt);
}

function short(id: string | null, title: string | null, viewsText: string | null): Post | null {
  if (!id) return null;
  const views = readCount(viewsText, 'en');
  return newPost({
    id,
    url: `https://www.youtube.com/shorts/${id}`,
    kind: 'short',
    views: views.value,
    caption: title ?? '',
    approximate: views.value !== null && !views.exact ? ['views'] : [],
  });
}

/** Grid dates are relative ("3 weeks ago"): resolved against the capture time, with their precision. */
function dated(fields: Partial<Post> & Pick<Post, 'id' | 'url'>, capturedAt: string): Post {
  const when = relativeDate(fields.publishedText ?? null, capturedAt);
  return newPost({ ...fields, publishedAt: when?.at ?? null, publishedPrecision: when?.precision ?? null });
}
