import type { Post, PostKind } from '../../model/snapshot';
import { arr, bool, epochToIso, int, isObj, str, type Json } from '../../parse/json-path';
import { newPost } from '../shared/draft';
import { locationOf } from './audience';
import { IG_PAID_LABEL } from './selectors';

export const IG_BASE = 'https://www.instagram.com';

type Obj = Record<string, Json>;

/** The first object, searching `v` breadth-first a few levels down, that passes `test`: reads a field whatever wraps its inside. */
export function firstInside(v: Json, test: (o: Obj) => boolean, depth = 6): Obj | null {
  return allInside(v, test, depth, 1)[0] ?? null;
}

// A field of one post is small; a hostile one (a caption edge list of 300k items) costs only this many values.
const INSIDE_BUDGET = 2_000;

/** Breadth-first, by index and with a budget: no recursion or spread, so a huge or deep value cannot throw. */
export function allInside(v: Json, test: (o: Obj) => boolean, depth = 6, limit = 50): Obj[] {
  const out: Obj[] = [];
  const queue: { value: Json; depth: number }[] = [{ value: v, depth: 0 }];
  for (let i = 0; i < queue.length && i < INSIDE_BUDGET && out.length < limit; i++) {
    const { value, depth: d } = queue[i] as { value: Json; depth: number };
    if (isObj(value) && test(value)) {
      out.push(value);
      continue;
    }
    if (d >= depth) continue;
    const add = (child: Json) => {
      if (typeof child === 'object' && child !== null) queue.push({ value: child, depth: d + 1 });
    };
    if (Array.isArray(value)) {
      for (let c = 0; c < value.length && queue.length < INSIDE_BUDGET; c++) add(value[c]);
    } else if (isObj(value)) {
      for (const key in value) {
        if (queue.length >= INSIDE_BUDGET) break;
        if (Object.hasOwn(value, key)) add(value[key]);
      }
    }
  }
  return out;
}

/** `edge_liked_by: {count}` and the like: the count inside a named edge. */
const edgeCount = (v: Json) => (isObj(v) ? int(v.count) : null);

/**
 * A post from a media object of either shape: api/v1 (`code`, `like_count`, `caption.text`;
 * 2016–2026, including the logged-out 2026 grid) or GraphQL (`shortcode`, `edge_liked_by`;
 * 2015–2025). A logged-out node with no count fields gives null counts: unknown, not zero.
 */
export function postFromMedia(m: Obj): Post | null {
  const code = str(m.code) ?? str(m.shortcode);
  if (!code) return null;
  // The 2026 post page wraps the counts a logged-out visitor may see in `if_not_gated_logged_out`.
  const gated = isObj(m.if_not_gated_logged_out) ? m.if_not_gated_logged_out : {};
  const get = (key: string): Json => m[key] ?? gated[key];
  const hidden = bool(get('like_and_view_counts_disabled')) === true;
  const graph = str(m.shortcode) !== null && str(m.code) === null;
  const likes = int(get('like_count')) ?? edgeCount(m.edge_liked_by) ?? edgeCount(m.edge_media_preview_like);
  const comments = int(get('comment_count')) ?? edgeCount(m.edge_media_to_comment) ?? edgeCount(m.edge_media_to_parent_comment);
  // view_count counts distinct viewers for reels; play_count (replays) inflates engagement maths.
  const views = int(get('view_count')) ?? int(get('play_count')) ?? (bool(m.is_video) === true ? int(m.video_view_count) : null);
  const sponsors = sponsorsOf(m);
  const kind = kindOf(m);
  return newPost({
    id: code,
    url: `${IG_BASE}/${kind === 'reel' ? 'reel' : 'p'}/${code}/`,
    kind,
    likes: hidden ? null : likes,
    likesHidden: hidden,
    comments,
    views: hidden ? null : views,
    // Shown only to the creator's own insights or on some reels; absent otherwise.
    shares: int(get('reshare_count')) ?? int(get('share_count')),
    saves: int(get('save_count')),
    publishedAt: epochToIso(get('taken_at')) ?? epochToIso(m.taken_at_timestamp),
    caption: captionOf(m, gated),
    pinned: pinnedFrom(m.timeline_pinned_user_ids ?? m.pinned_for_users),
    // The place the creator tagged; the audience's places are nowhere on the page.
    location: locationOf(get('location')),
    ...partnership(paidOf(m, gated, sponsors, graph), sponsors),
  });
}

function captionOf(m: Obj, gated: Obj): string {
  const api = m.caption ?? gated.caption;
  if (isObj(api)) return str(api.text) ?? '';
  if (typeof api === 'string') return api;
  // GraphQL: edge_media_to_caption.edges[0].node.text, found whatever wraps the node.
  return str(firstInside(m.edge_media_to_caption, (o) => str(o.text) !== null)?.text) ?? '';
}

const MAX_SPONSORS = 50;

/** The brands a post or story names as its sponsors, in both shapes. */
export function sponsorsOf(m: Obj): string[] {
  // A post names a handful of sponsors: the first few of each list are read, however long it is.
  const tags = arr(m.sponsor_tags).slice(0, MAX_SPONSORS).concat(arr(m.story_sponsor_tags).slice(0, MAX_SPONSORS));
  const api = tags.map((t) => str(isObj(t) && isObj(t.sponsor) ? t.sponsor.username : null));
  const graph = allInside(m.edge_media_to_sponsor_user, (o) => str(o.username) !== null, 6, MAX_SPONSORS).map((u) => str(u.username));
  return [...api, ...graph].filter((s): s is string => s !== null);
}

/**
 * The old GraphQL nodes have no partnership field at all: unknown, not "no". A sponsor edge
 * or an explicit flag answers the question.
 */
function paidOf(m: Obj, gated: Obj, sponsors: string[], graph: boolean): boolean | null {
  const flag = bool(m.is_paid_partnership ?? gated.is_paid_partnership);
  if (sponsors.length > 0) return true;
  if (flag !== null) return flag;
  return graph && isObj(m.edge_media_to_sponsor_user) ? false : null;
}

/** The flag, the brands, and the label the platform prints above the post ("Paid partnership with geico"). */
export function partnership(paid: boolean | null, sponsors: string[]): Pick<Post, 'paidPartnership' | 'sponsors' | 'disclosureLabel'> {
  const brands = [...new Set(sponsors)];
  const label = paid ? (brands.length ? `${IG_PAID_LABEL} with ${brands.join(' and ')}` : IG_PAID_LABEL) : null;
  return { paidPartnership: paid, sponsors: brands, disclosureLabel: label };
}

function pinnedFrom(v: Json): boolean | null {
  return Array.isArray(v) ? v.length > 0 : null;
}

function kindOf(m: Obj): PostKind | null {
  if (m.product_type === 'clips') return 'reel';
  switch (str(m.__typename)) {
    case 'GraphImage': case 'XIGPolarisImageMedia': return 'photo';
    case 'GraphSidecar': case 'XIGPolarisCarouselMedia': return 'carousel';
    case 'GraphVideo': case 'XIGPolarisVideoMedia': return 'video';
    default: break;
  }
  switch (int(m.media_type)) {
    case 1: return 'photo';
    case 2: return 'video';
    case 8: return 'carousel';
    default: return null;
  }
}
