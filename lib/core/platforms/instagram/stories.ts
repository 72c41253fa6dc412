import type { Post } from '../../model/snapshot';
import { tagsIn } from '../../parse/hashtags';
import { arr, epochToIso, int, isObj, str, type Json } from '../../parse/json-path';
import { newPost } from '../shared/draft';
import { IG_BASE, partnership, sponsorsOf } from './posts';

type Obj = Record<string, Json>;

/**
 * A story has no shortcode: its media id names it, and its page is /stories/<owner>/<id>/.
 * Graph frames (2019–2022) say GraphStory*; api frames (2021–2026) carry `taken_at`.
 */
export function storyFrom(item: Obj, owner: string | null): Post | null {
  const graph = str(item.__typename)?.startsWith('GraphStory') === true;
  // api ids read "<media id>_<user id>"; pk alone may exceed a double's exact range.
  const id = str(item.id)?.split('_')[0] ?? str(item.pk);
  if (!id || !/^\d+$/.test(id)) return null;
  const sponsors = sponsorsOf(item);
  const hasSponsorField = graph ? isObj(item.edge_media_to_sponsor_user) : 'sponsor_tags' in item || 'is_paid_partnership' in item;
  const paid = item.is_paid_partnership === true || sponsors.length > 0 ? true : hasSponsorField ? false : null;
  const stickers = graph ? graphStickers(item) : apiStickers(item);
  const caption = str(isObj(item.caption) ? item.caption.text : null) ?? '';
  return newPost({
    id,
    url: owner ? `${IG_BASE}/stories/${owner}/${id}/` : `${IG_BASE}/stories/highlights/${id}/`,
    kind: 'story',
    // Only the owner sees a story's viewers; the public sees no counts at all.
    views: int(graph ? item.story_view_count : item.view_count),
    publishedAt: epochToIso(graph ? item.taken_at_timestamp : item.taken_at),
    caption,
    hashtags: [...new Set([...tagsIn(caption, '#'), ...stickers.hashtags])],
    mentions: [...new Set([...tagsIn(caption, '@'), ...stickers.mentions])],
    ...partnership(paid, sponsors),
  });
}

interface Stickers {
  hashtags: string[];
  mentions: string[];
}

const field = (v: Json, key: string): Json => (isObj(v) ? v[key] : undefined);

/** Hashtag and mention stickers are what a story says in words, so they stand in for a caption's tags. */
function graphStickers(item: Obj): Stickers {
  const hashtags: string[] = [];
  const mentions: string[] = [];
  // A story shows a few stickers: the first hundred are read, however many a hostile object lists.
  for (const t of arr(item.tappable_objects).slice(0, 100)) {
    const kind = str(field(t, '__typename'));
    const tag = str(field(t, 'name'));
    const user = str(field(t, 'username'));
    if (kind === 'GraphTappableHashtag' && tag) hashtags.push(tag.toLowerCase());
    if (kind === 'GraphTappableMention' && user) mentions.push(user.toLowerCase());
  }
  return { hashtags: [...new Set(hashtags)], mentions: [...new Set(mentions)] };
}

function apiStickers(item: Obj): Stickers {
  const hashtags = arr(item.story_hashtags).slice(0, 100).map((h) => str(field(field(h, 'hashtag'), 'name'))?.toLowerCase());
  const mentions = arr(item.reel_mentions).slice(0, 100).map((m) => str(field(field(m, 'user'), 'username'))?.toLowerCase());
  const keep = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  return { hashtags: keep(hashtags), mentions: keep(mentions) };
}
