import type { Post } from '../../model/snapshot';
import { tagsIn } from '../../parse/hashtags';
import { arr, at, epochToIso, int, isObj, str, type Json } from '../../parse/json-path';
import { newPost } from '../shared/draft';
import { apiSponsors, graphSponsors, IG_BASE, partnership } from './posts';
import { IG_STORY_TRAYS } from './selectors';

export interface StoryTray {
  owner: string | null;
  posts: Post[];
}

/** Every story tray in a body, with its owner, so the caller can keep only the creator's. */
export function storyTrays(body: Json): StoryTray[] {
  const out: StoryTray[] = [];
  for (const path of IG_STORY_TRAYS) {
    for (const tray of arr(at(body, path))) {
      const owner = (str(at(tray, 'owner.username')) ?? str(at(tray, 'user.username')))?.toLowerCase() ?? null;
      const posts = arr(at(tray, 'items'))
        .map((item) => storyFrom(item, owner))
        .filter((p): p is Post => p !== null);
      out.push({ owner, posts });
    }
  }
  return out;
}

/**
 * A story has no shortcode: its media id names it, and its page is /stories/<owner>/<id>/.
 * Graph items (2019–2022) say GraphStory*; api items (2021–2026) carry `taken_at`.
 */
function storyFrom(item: Json, owner: string | null): Post | null {
  if (!isObj(item)) return null;
  const graph = str(item.__typename)?.startsWith('GraphStory') === true;
  // api ids read "<media id>_<user id>"; pk alone may exceed a double's exact range.
  const id = str(item.id)?.split('_')[0] ?? str(item.pk);
  if (!id || !/^\d+$/.test(id)) return null;
  const sponsors = graph ? graphSponsors(item) : apiSponsors(item);
  const hasSponsorField = graph ? isObj(item.edge_media_to_sponsor_user) : 'sponsor_tags' in item || 'is_paid_partnership' in item;
  const paid = item.is_paid_partnership === true || sponsors.length > 0 ? true : hasSponsorField ? false : null;
  const stickers = graph ? graphStickers(item) : apiStickers(item);
  const caption = str(at(item, 'caption.text')) ?? '';
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

/** Hashtag and mention stickers are what a story says in words, so they stand in for a caption's tags. */
function graphStickers(item: Record<string, Json>): Stickers {
  const hashtags: string[] = [];
  const mentions: string[] = [];
  for (const t of arr(item.tappable_objects)) {
    const kind = str(at(t, '__typename'));
    const tag = str(at(t, 'name'));
    const user = str(at(t, 'username'));
    if (kind === 'GraphTappableHashtag' && tag) hashtags.push(tag.toLowerCase());
    if (kind === 'GraphTappableMention' && user) mentions.push(user.toLowerCase());
  }
  return { hashtags: [...new Set(hashtags)], mentions: [...new Set(mentions)] };
}

function apiStickers(item: Record<string, Json>): Stickers {
  const hashtags = arr(item.story_hashtags).map((h) => str(at(h, 'hashtag.name'))?.toLowerCase());
  const mentions = arr(item.reel_mentions).map((m) => str(at(m, 'user.username'))?.toLowerCase());
  const keep = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];
  return { hashtags: keep(hashtags), mentions: keep(mentions) };
}
