import type { Post } from '../../model/snapshot';
import { arr, at, str, type Json } from '../../parse/json-path';
import { readCount } from '../../parse/count-text';
import { newPost } from '../shared/draft';
import { relativeDate } from './dates';
import { YT_SELECTORS } from './selectors';
import { textOf } from './text';

const T = YT_SELECTORS.tile;
// A past stream or premiere keeps its origin in the date text: "Streamed 2 days ago".
const STREAMED = /^(streamed|started streaming)\b/i;

/** One video tile in any of the grid layouts; channel grids show views but never likes. */
export function postFromTile(key: string, tile: Json, capturedAt: string): Post | null {
  switch (key) {
    case 'videoRenderer':
    case 'gridVideoRenderer':
      return fromVideoRenderer(tile, capturedAt);
    case 'lockupViewModel':
      return fromLockup(tile, capturedAt);
    case 'shortsLockupViewModel':
      return short(str(at(tile, T.shortId)), str(at(tile, T.shortTitle)), str(at(tile, T.shortViews)));
    case 'reelItemRenderer':
      return short(str(at(tile, 'videoId')), textOf(at(tile, 'headline')), textOf(at(tile, 'viewCountText')));
    default:
      return null;
  }
}

function fromVideoRenderer(v: Json, capturedAt: string): Post | null {
  const id = str(at(v, 'videoId'));
  if (!id) return null;
  const liveNow = arr(at(v, 'badges')).some((b) => T.liveNowBadges.some((s) => s === str(at(b, 'metadataBadgeRenderer.style'))));
  // viewCountText is exact ("1,545,374 views"); shortViewCountText is truncated ("1.5M views").
  const exact = readCount(textOf(at(v, 'viewCountText')), 'en');
  const views = exact.value !== null ? exact : readCount(textOf(at(v, 'shortViewCountText')), 'en');
  const publishedText = textOf(at(v, 'publishedTimeText'));
  return dated({
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    kind: liveNow || STREAMED.test(publishedText ?? '') ? 'live' : 'video',
    // A stream on air shows "1,234 watching", not views.
    views: liveNow ? null : views.value,
    publishedText,
    caption: textOf(at(v, 'title')) ?? '',
    approximate: !liveNow && views.value !== null && !views.exact ? ['views'] : [],
  }, capturedAt);
}

function fromLockup(l: Json, capturedAt: string): Post | null {
  const id = str(at(l, 'contentId'));
  if (!id || str(at(l, 'contentType')) === 'LOCKUP_CONTENT_TYPE_PLAYLIST') return null;
  const meta = at(l, T.lockupMeta);
  const parts = arr(at(meta, T.lockupRows))
    .flatMap((r) => arr(at(r, 'metadataParts')))
    .map((p) => str(at(p, 'text.content')) ?? '');
  const views = readCount(parts.find((p) => /\bviews?\b/i.test(p)), 'en');
  const publishedText = parts.find((p) => /\bago\b|streamed|premiered/i.test(p)) ?? null;
  return dated({
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    kind: STREAMED.test(publishedText ?? '') ? 'live' : 'video',
    views: views.value,
    publishedText,
    caption: str(at(meta, 'title.content')) ?? '',
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
