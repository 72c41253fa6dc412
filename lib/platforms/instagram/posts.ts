import type { Post, PostKind } from '../../model/snapshot';
import { arr, at, bool, epochToIso, int, isObj, str, type Json } from '../../parse/json-path';
import { newPost } from '../shared/draft';
import { IG_PAID_LABEL } from './selectors';

export const IG_BASE = 'https://www.instagram.com';

/** A node of the GraphQL `edge_owner_to_timeline_media` shape (2019–2022 pages, web_profile_info, ?__a=1 posts). */
export function postFromGraphNode(node: Json): Post | null {
  const code = str(at(node, 'shortcode'));
  if (!code) return null;
  const isVideo = bool(at(node, 'is_video')) === true;
  const hidden = bool(at(node, 'like_and_view_counts_disabled')) === true;
  // Timeline-query nodes have only edge_media_preview_like; profile pages have both.
  const likes = int(at(node, 'edge_liked_by.count')) ?? int(at(node, 'edge_media_preview_like.count'));
  const comments = int(at(node, 'edge_media_to_comment.count')) ?? int(at(node, 'edge_media_to_parent_comment.count'));
  const sponsors = graphSponsors(node);
  // The old graph nodes have no partnership field at all: unknown, not "no".
  const paid = bool(at(node, 'is_paid_partnership')) ?? (isObj(at(node, 'edge_media_to_sponsor_user')) ? sponsors.length > 0 : null);
  const kind = graphKind(node);
  return newPost({
    id: code,
    url: `${IG_BASE}/${kind === 'reel' ? 'reel' : 'p'}/${code}/`,
    kind,
    likes: hidden ? null : likes,
    likesHidden: hidden,
    comments,
    views: isVideo && !hidden ? int(at(node, 'video_view_count')) : null,
    publishedAt: epochToIso(at(node, 'taken_at_timestamp')),
    caption: str(at(node, 'edge_media_to_caption.edges.0.node.text')) ?? '',
    pinned: pinnedFrom(at(node, 'pinned_for_users')),
    ...partnership(paid, sponsors),
  });
}

/** A media object of the api/v1 shape (clips, feed, media info, and the 2023+ xdt connections). */
export function postFromApiMedia(media: Json): Post | null {
  const code = str(at(media, 'code'));
  if (!code) return null;
  const hidden = bool(at(media, 'like_and_view_counts_disabled')) === true;
  const sponsors = apiSponsors(media);
  const paidFlag = bool(at(media, 'is_paid_partnership'));
  const kind = apiKind(media);
  return newPost({
    id: code,
    url: `${IG_BASE}/${kind === 'reel' ? 'reel' : 'p'}/${code}/`,
    kind,
    likes: hidden ? null : int(at(media, 'like_count')),
    likesHidden: hidden,
    comments: int(at(media, 'comment_count')),
    // view_count counts distinct viewers for reels; play_count (replays) inflates engagement maths.
    views: hidden ? null : (int(at(media, 'view_count')) ?? int(at(media, 'play_count'))),
    // Shown only to the creator's own insights or on some reels; absent otherwise.
    shares: int(at(media, 'reshare_count')) ?? int(at(media, 'share_count')),
    saves: int(at(media, 'save_count')),
    publishedAt: epochToIso(at(media, 'taken_at')),
    caption: str(at(media, 'caption.text')) ?? '',
    pinned: pinnedFrom(at(media, 'timeline_pinned_user_ids')),
    ...partnership(paidFlag === null && sponsors.length === 0 ? null : paidFlag === true || sponsors.length > 0, sponsors),
  });
}

export function ownerOfApiMedia(media: Json): string | null {
  return str(at(media, 'user.username'))?.toLowerCase() ?? str(at(media, 'owner.username'))?.toLowerCase() ?? null;
}

export function graphSponsors(node: Json): string[] {
  return arr(at(node, 'edge_media_to_sponsor_user.edges'))
    .map((e) => str(at(e, 'node.sponsor.username')))
    .filter((s): s is string => s !== null);
}

export function apiSponsors(media: Json): string[] {
  return [...arr(at(media, 'sponsor_tags')), ...arr(at(media, 'story_sponsor_tags'))]
    .map((t) => str(at(t, 'sponsor.username')))
    .filter((s): s is string => s !== null);
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

function graphKind(node: Json): PostKind | null {
  switch (str(at(node, '__typename'))) {
    case 'GraphImage': return 'photo';
    case 'GraphSidecar': return 'carousel';
    case 'GraphVideo': return at(node, 'product_type') === 'clips' ? 'reel' : 'video';
    default: return null;
  }
}

function apiKind(media: Json): PostKind | null {
  if (at(media, 'product_type') === 'clips') return 'reel';
  switch (int(at(media, 'media_type'))) {
    case 1: return 'photo';
    case 2: return 'video';
    case 8: return 'carousel';
    default: return null;
  }
}
