import type { Post } from '../../model/snapshot';
import { arr, at, str, type Json } from '../../parse/json-path';
import { readCount } from '../../parse/count-text';
import { newPost } from '../shared/draft';

/** One video tile in any of the grid layouts; channel grids show views but never likes. */
export function postFromTile(key: string, tile: Json): Post | null {
  switch (key) {
    case 'videoRenderer':
    case 'gridVideoRenderer':
      return fromVideoRenderer(tile);
    case 'lockupViewModel':
      return fromLockup(tile);
    case 'shortsLockupViewModel':
      return short(str(at(tile, 'onTap.innertubeCommand.reelWatchEndpoint.videoId')),
        str(at(tile, 'overlayMetadata.primaryText.content')), str(at(tile, 'overlayMetadata.secondaryText.content')));
    case 'reelItemRenderer':
      return short(str(at(tile, 'videoId')), str(at(tile, 'headline.simpleText')), str(at(tile, 'viewCountText.simpleText')));
    default:
      return null;
  }
}

function fromVideoRenderer(v: Json): Post | null {
  const id = str(at(v, 'videoId'));
  if (!id) return null;
  const isLive = arr(at(v, 'badges')).some((b) => str(at(b, 'metadataBadgeRenderer.style')) === 'BADGE_STYLE_TYPE_LIVE_NOW');
  // viewCountText is exact ("1,545,374 views"); shortViewCountText is truncated ("1.5M views").
  const views = readCount(str(at(v, 'viewCountText.simpleText')) ?? str(at(v, 'shortViewCountText.simpleText')), 'en');
  return newPost({
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    kind: isLive ? 'live' : 'video',
    views: isLive ? null : views.value,
    publishedText: str(at(v, 'publishedTimeText.simpleText')),
    caption: str(at(v, 'title.runs.0.text')) ?? str(at(v, 'title.simpleText')) ?? '',
    approximate: views.value !== null && !views.exact ? ['views'] : [],
  });
}

function fromLockup(l: Json): Post | null {
  const id = str(at(l, 'contentId'));
  if (!id || str(at(l, 'contentType')) === 'LOCKUP_CONTENT_TYPE_PLAYLIST') return null;
  const meta = at(l, 'metadata.lockupMetadataViewModel');
  const parts = arr(at(meta, 'metadata.contentMetadataViewModel.metadataRows'))
    .flatMap((r) => arr(at(r, 'metadataParts')))
    .map((p) => str(at(p, 'text.content')) ?? '');
  const views = readCount(parts.find((p) => /\bviews?\b/i.test(p)), 'en');
  return newPost({
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    kind: 'video',
    views: views.value,
    publishedText: parts.find((p) => /\bago\b|streamed|premiered/i.test(p)) ?? null,
    caption: str(at(meta, 'title.content')) ?? '',
    approximate: views.value !== null && !views.exact ? ['views'] : [],
  });
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
