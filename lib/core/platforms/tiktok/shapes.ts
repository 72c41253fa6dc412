import type { Json } from '../../parse/json-path';
import type { ShapeTests } from '../../parse/json-walk';

/**
 * What TikTok data looks like, wherever a layout puts it. The reader finds these objects by
 * shape in every JSON the page holds, so a renamed wrapper (`webapp.user-detail`, `userInfo`,
 * `itemInfo`, `itemList`, `ItemModule`...) costs no code; selectors.ts keeps the known wrappers
 * only as provenance.
 */
export type TikTokShape = 'profile' | 'item' | 'comment' | 'user' | 'counts' | 'status' | 'order';

type Obj = Record<string, Json>;

const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDigits = (v: Json): boolean => (typeof v === 'string' && /^\d{1,25}$/.test(v)) || (typeof v === 'number' && Number.isSafeInteger(v));

/** A creator with counts: `{user: {uniqueId…}, stats, statsV2}` (user-detail, __NEXT_DATA__ userInfo, /api/user/detail/). */
export function isProfileBlock(o: Obj): boolean {
  const user = o.user;
  return isObject(user) && typeof user.uniqueId === 'string' && (isObject(o.stats) || isObject(o.statsV2));
}

/**
 * A video or photo post: `id`, `createTime` and `stats` or `statsV2` (item_list, itemStruct,
 * SIGI ItemModule, __NEXT_DATA__ items, the reduced 2026 item). A live room is not a post.
 */
export function isVideoItem(o: Obj): boolean {
  return isDigits(o.id) && o.createTime !== undefined && (isObject(o.stats) || isObject(o.statsV2))
    && typeof o.uniqueId !== 'string' && o.liveRoomInfo === undefined;
}

/** A comment from /api/comment/list/ (or its /reply/ pages): `cid` + `text`, or the reduced shape with `create_time`. */
export function isComment(o: Obj): boolean {
  if (typeof o.text !== 'string') return false;
  return typeof o.cid === 'string' || (o.create_time !== undefined && ('user' in o || 'unique_id' in o || 'aweme_id' in o));
}

/** A bare user (SIGI's UserModule.users entries; also viewers and authors, which the reader tells apart). */
export function isBareUser(o: Obj): boolean {
  return typeof o.uniqueId === 'string' && (typeof o.nickname === 'string' || typeof o.secUid === 'string');
}

/** A block of a creator's counts (SIGI keeps them apart from the user, keyed by handle). */
export function isCounts(o: Obj): boolean {
  return o.followerCount !== undefined && (o.heartCount !== undefined || o.heart !== undefined || o.videoCount !== undefined);
}

/** TikTok's answer status: a non-zero `statusCode` (10221 banned, 10202 no such user…) means no data. */
export function isStatus(o: Obj): boolean {
  return typeof o.statusCode === 'number' && o.statusCode !== 0 && !isProfileBlock(o);
}

/** The grid's order as a list of ids (SIGI's ItemList["user-post"].list). */
export function isOrder(o: Obj): boolean {
  const list = o.list;
  return Array.isArray(list) && list.length > 0 && list.every((id) => typeof id === 'string' && /^\d{6,25}$/.test(id));
}

/** One test per object, most specific first: a profile block also holds a user, an item holds its author. */
export const TT_SHAPES: ShapeTests<TikTokShape> = [
  ['profile', isProfileBlock],
  ['item', isVideoItem],
  ['comment', isComment],
  ['user', isBareUser],
  ['counts', isCounts],
  ['status', isStatus],
  ['order', isOrder],
];

/** Every key the TikTok reader reads by name. Anything else may be renamed or re-nested freely. */
export const NAMED_KEYS: readonly string[] = [
  // profile block and user
  'user', 'uniqueId', 'nickname', 'secUid', 'verified', 'privateAccount', 'secret', 'signature', 'bioLink', 'link',
  'stats', 'statsV2', 'followerCount', 'followingCount', 'heartCount', 'heart', 'videoCount',
  // video item
  'id', 'createTime', 'desc', 'author', 'authorStats', 'authorStatsV2', 'liveRoomInfo',
  'diggCount', 'commentCount', 'playCount', 'shareCount', 'collectCount', 'isPinnedItem',
  'imagePost', 'images', 'textExtra', 'hashtagName', 'userUniqueId', 'challenges', 'title',
  // disclosure (labels.ts)
  'isAd', 'isPaidPartnership', 'brandedContentType', 'brandOrganicType', 'commerceInfo', 'commerce_info',
  'branded_content_type', 'brand_organic_type', 'brandContentAccounts', 'branded_content_accounts', 'unique_id',
  // comment
  'cid', 'text', 'create_time', 'digg_count', 'aweme_id', 'reply_id', 'author_pin', 'stick_position', 'no_show',
  'comment_language', 'is_author_digged', 'uid', 'sec_uid',
  // replies are found by nesting, but their thread's id is the cid of the comment that holds this list
  'reply_comment',
  // not read: kept whole for a reply count the model has no field for
  'reply_comment_total',
  // where the creator posted from (posts.ts); avatars are found by the shape of their addresses (audience.ts)
  'locationCreated',
  // status and grid order
  'statusCode', 'list',
];
