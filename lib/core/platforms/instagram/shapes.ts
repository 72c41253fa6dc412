import type { ShapeTests } from '../../parse/json-walk';
import { isObj, str, type Json } from '../../parse/json-path';

/**
 * What Instagram data looks like, whatever wrapper it sits in. Instagram has renamed its
 * wrappers every year or two (`_sharedData.entry_data`, `graphql.user`, `data.user`,
 * `xdt_api__v1__…`, `xig_user_by_username`), but the objects inside keep their fields.
 */
export type IgKind = 'user' | 'comment' | 'tray' | 'media' | 'story' | 'followStat' | 'ldProfile';

type Obj = Record<string, Json>;

const hasUsername = (v: Json) => isObj(v) && str(v.username) !== null;
const has = (o: Obj, key: string) => key in o && o[key] !== undefined;

/** A user with counts: `username` plus `follower_count` (api/v1, 2021–2026) or `edge_followed_by` (GraphQL, 2015–2025). */
export function isUserWithCounts(o: Obj): boolean {
  return str(o.username) !== null && (has(o, 'follower_count') || isObj(o.edge_followed_by));
}

/** Whoever a post, comment or tray names as its author: `user` (api/v1) or `owner` (GraphQL). */
export function ownerOf(o: Obj): Obj | null {
  if (isObj(o.user) && hasUsername(o.user)) return o.user;
  if (isObj(o.owner) && hasUsername(o.owner)) return o.owner;
  return null;
}

export function ownerName(o: Obj): string | null {
  return str(ownerOf(o)?.username)?.toLowerCase() ?? null;
}

/** Instagram's own names for its media kinds, as `__typename` gives them. */
const MEDIA_TYPENAME = /^(Graph(Image|Video|Sidecar)|XIGPolaris\w*Media|XDT\w*Media\w*)$/;

/**
 * A post: `code` (api/v1) or `shortcode` (GraphQL) plus a time, a media type or a media
 * `__typename`. The logged-out 2026 grid nodes (`XIGPolarisVideoMedia`) have no time at all.
 */
export function isMedia(o: Obj): boolean {
  if (str(o.code) === null && str(o.shortcode) === null) return false;
  return has(o, 'taken_at') || has(o, 'taken_at_timestamp') || has(o, 'media_type') || MEDIA_TYPENAME.test(str(o.__typename) ?? '');
}

/** A story frame in GraphQL (2019–2022): no shortcode, its own typename. */
export function isGraphStory(o: Obj): boolean {
  return /^GraphStory/.test(str(o.__typename) ?? '') && str(o.id) !== null;
}

/** A story frame of the api shape (2021–2026): a media id, a time and a type, but no shortcode. */
function isApiStoryFrame(o: Obj): boolean {
  return str(o.code) === null && has(o, 'taken_at') && has(o, 'media_type') && (str(o.id) !== null || str(o.pk) !== null);
}

/**
 * A story tray (reels_media): names its owner and carries a reel's own fields. Story frames
 * inside it belong to that owner even when they do not name one themselves.
 */
export function isTray(o: Obj): boolean {
  if (ownerOf(o) === null || str(o.username) !== null || str(o.text) !== null) return false;
  if (str(o.code) !== null || has(o, 'taken_at') || has(o, 'taken_at_timestamp')) return false;
  return has(o, 'latest_reel_media') || has(o, 'expiring_at') || has(o, 'reel_type') || /Reel$/.test(str(o.__typename) ?? '');
}

/**
 * A comment: its text, its author and when it was written. A caption has the same fields in
 * the api shape; the reader tells them apart by the media that holds it as its `caption`.
 * Replies sit inside their parent comment, so the walker's enclosing match says which is which.
 */
export function isComment(o: Obj): boolean {
  if (str(o.text) === null || ownerOf(o) === null) return false;
  if (str(o.code) !== null || str(o.shortcode) !== null) return false;
  return has(o, 'created_at') || has(o, 'created_at_utc');
}

/**
 * schema.org's follower statistic in the JSON-LD some 2019–2021 profiles embed: its type is a
 * URL string ("http://schema.org/FollowAction") or an object naming it. Read one level only, never
 * serialised: a hostile value may be nested far deeper than a stack.
 */
export function isFollowStat(o: Obj): boolean {
  if (typeof o.userInteractionCount === 'undefined') return false;
  const type = isObj(o.interactionType) ? str(o.interactionType['@type']) : str(o.interactionType);
  return type !== null && /Follow/.test(type.slice(0, 200));
}

/**
 * A JSON-LD Person or ProfilePage that says whose it is: `alternateName: "@handle"`, or an `@id`
 * / `mainEntityofPage` naming the profile's URL. A follower statistic counts only inside one of these.
 */
export function isLdProfile(o: Obj): boolean {
  if (str(o.alternateName)?.startsWith('@')) return true;
  if (isObj(o.mainEntityofPage) || isObj(o.mainEntityOfPage) || str(o.mainEntityofPage) !== null || str(o.mainEntityOfPage) !== null) return true;
  return /instagram\.com\//i.test(str(o['@id']) ?? '');
}

/** Order matters: the first test that passes names an object's kind. */
export const IG_SHAPES: ShapeTests<IgKind> = [
  ['user', isUserWithCounts],
  ['comment', isComment],
  ['tray', isTray],
  ['media', isMedia],
  ['story', (o) => isGraphStory(o) || isApiStoryFrame(o)],
  ['followStat', isFollowStat],
  ['ldProfile', isLdProfile],
];

/**
 * Side lists of a profile that are not its grid: IGTV duplicates grid posts (2019–2021),
 * and the others are other people's media. A match under one of these keys is not a post.
 */
export const SIDE_LISTS: readonly string[] = ['edge_felix_video_timeline', 'edge_saved_media', 'edge_media_collections', 'edge_related_profiles'];

/** Every key the reader reads by name; any other key (every wrapper) may be renamed at no cost. */
export const NAMED_KEYS: readonly string[] = [
  // users
  'username', 'full_name', 'follower_count', 'following_count', 'media_count', 'all_media_count', 'edge_followed_by', 'edge_follow',
  'edge_owner_to_timeline_media', 'count', 'is_verified', 'is_private', 'biography', 'category_name', 'category',
  'external_url', 'bio_links', 'url', 'public_email', 'business_email',
  // media
  'code', 'shortcode', 'taken_at', 'taken_at_timestamp', 'media_type', 'product_type', '__typename', 'id', 'pk',
  'user', 'owner', 'caption', 'text', 'edge_media_to_caption', 'like_count', 'comment_count', 'view_count', 'play_count',
  'video_view_count', 'is_video', 'reshare_count', 'share_count', 'save_count', 'edge_liked_by', 'edge_media_preview_like',
  'edge_media_to_comment', 'edge_media_to_parent_comment', 'like_and_view_counts_disabled', 'is_paid_partnership',
  'sponsor_tags', 'story_sponsor_tags', 'sponsor', 'edge_media_to_sponsor_user', 'coauthor_producers',
  'pinned_for_users', 'timeline_pinned_user_ids', 'gating_ruling', 'if_not_gated_logged_out',
  // stories
  'story_view_count', 'latest_reel_media', 'expiring_at', 'reel_type', 'tappable_objects', 'name', 'story_hashtags',
  'hashtag', 'reel_mentions',
  // comments
  'created_at', 'created_at_utc', 'comment_like_count', 'is_pinned', 'parent_comment_id', 'user_id', 'pk_id',
  'is_liked_by_media_owner', 'profile_pic_url', 'has_anonymous_profile_picture',
  // a post's place
  'location', 'address_json', 'country_code',
  // JSON-LD
  'userInteractionCount', 'interactionType', 'alternateName', 'mainEntityofPage', 'mainEntityOfPage', '@id', '@type',
  ...SIDE_LISTS,
];
