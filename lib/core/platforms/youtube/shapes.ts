import { isObj, type Json } from '../../parse/json-path';
import type { ShapeTests } from '../../parse/json-walk';

/**
 * What the YouTube reader looks for, recognised by the fields an object carries, never by the
 * wrapper key it sits under (`richItemRenderer.content`, `tabs[1].tabRenderer`…): YouTube renames
 * and re-nests wrappers in A/B tests all the time, while the fields of a thing stay.
 */
export type YtKind =
  | 'pageHeader' | 'c4Header' | 'channelMetadata' | 'about' | 'alert'
  | 'watchRoot' | 'primaryInfo' | 'secondaryInfo' | 'owner' | 'likeButton' | 'commentsPanel'
  | 'reelHeader' | 'videoDetails' | 'playerMicroformat' | 'playability' | 'paidHolder'
  | 'videoTile' | 'reelTile' | 'shortsLockup' | 'lockup'
  | 'commentThread' | 'commentViewModel' | 'commentEntity' | 'toolbarState' | 'legacyComment' | 'commentsHeader' | 'teaserComment'
  | 'continuation' | 'browseIdParam';

const has = (o: Record<string, Json>, key: string) => o[key] !== undefined;
const text = (o: Record<string, Json>, key: string) => typeof o[key] === 'string';
const obj = (o: Record<string, Json>, key: string) => isObj(o[key]) || Array.isArray(o[key]);

const PLAYABILITY = new Set(['OK', 'LOGIN_REQUIRED', 'AGE_VERIFICATION_REQUIRED', 'AGE_CHECK_REQUIRED', 'CONTENT_CHECK_REQUIRED', 'ERROR', 'UNPLAYABLE', 'LIVE_STREAM_OFFLINE']);
const ALERT_TYPES = new Set(['ERROR', 'WARNING', 'INFO', 'SUCCESS']);

type Rule = readonly [YtKind, readonly string[], (o: Record<string, Json>) => boolean];

/**
 * Shape rules in priority order: the first that passes names the object. Each names the keys
 * one of which the object must have, so an object is tested only against the rules its own keys
 * call for (a page has tens of thousands of objects and two dozen rules).
 */
const RULES: readonly Rule[] = [
  // Channel header, 2025–2026 pageHeaderViewModel: title + metadata rows + banner/actions (a tile's metadata has a menu button instead).
  ['pageHeader', ['metadata'], (o) => obj(o, 'title') && obj(o, 'metadata') && (obj(o, 'banner') || obj(o, 'actions') || obj(o, 'description') || obj(o, 'attribution')) && !has(o, 'menuButton')],
  // Channel header, 2017–2024 c4TabbedHeaderRenderer: its own channel id beside the subscriber or handle text.
  ['c4Header', ['channelId'], (o) => text(o, 'channelId') && (obj(o, 'subscriberCountText') || obj(o, 'channelHandleText') || obj(o, 'videosCountText'))],
  // channelMetadataRenderer: title, description, externalId and the channel's URLs.
  ['channelMetadata', ['externalId'], (o) => text(o, 'externalId') && (text(o, 'channelUrl') || text(o, 'vanityChannelUrl'))],
  // The channel's About (aboutChannelViewModel 2024–2026, channelAboutFullMetadataRenderer ≤2023): the country the
  // creator states, beside the channel id it is about. The page's countryCode keys describe the viewer, never this.
  ['about', ['country'], (o) => text(o, 'channelId') && (text(o, 'country') || isObj(o.country)) && (has(o, 'joinedDateText') || has(o, 'viewCountText') || has(o, 'canonicalChannelUrl') || has(o, 'description'))],
  // alertRenderer / alertWithButtonRenderer: "This account has been terminated…", "This channel does not exist."
  ['alert', ['type'], (o) => typeof o.type === 'string' && ALERT_TYPES.has(o.type) && obj(o, 'text')],
  // The root of a watch page's data or a /next response: it names the video it is about (a Shorts page's, in its reelWatchEndpoint).
  ['watchRoot', ['currentVideoEndpoint', 'replacementEndpoint'], (o) => obj(o, 'currentVideoEndpoint') || (isObj(o.replacementEndpoint) && isObj(o.replacementEndpoint.reelWatchEndpoint))],
  // videoPrimaryInfoRenderer: title, view count, date and the like button.
  ['primaryInfo', ['viewCount'], (o) => obj(o, 'title') && obj(o, 'viewCount') && (obj(o, 'dateText') || obj(o, 'videoActions'))],
  // videoSecondaryInfoRenderer: the owner and the description.
  ['secondaryInfo', ['owner'], (o) => obj(o, 'owner') && (obj(o, 'attributedDescription') || obj(o, 'description') || obj(o, 'metadataRowContainer'))],
  // videoOwnerRenderer: the uploader with a subscribe button or subscriber count (collab videos: attributedTitle, no title).
  ['owner', ['navigationEndpoint'], (o) => (obj(o, 'subscriptionButton') || obj(o, 'subscriberCountText')) && obj(o, 'navigationEndpoint') && (obj(o, 'title') || obj(o, 'attributedTitle'))],
  // The like button of each era: buttonViewModel (2023–2026) or toggleButtonRenderer (≤2023) with the LIKE icon.
  // A Shorts page's likeButtonRenderer gives the exact likeCount beside the viewer's likeStatus.
  ['likeButton', ['iconName', 'defaultIcon', 'likeCount'], (o) => o.iconName === 'LIKE' || (isObj(o.defaultIcon) && o.defaultIcon.iconType === 'LIKE') || (typeof o.likeCount === 'number' && text(o, 'likeStatus'))],
  // The comments engagement panel, whose header shows "99k".
  ['commentsPanel', ['panelIdentifier'], (o) => o.panelIdentifier === 'engagement-panel-comments-section'],
  // A Shorts page's channel bar (reelPlayerHeaderRenderer): channel name and the link to its channel.
  ['reelHeader', ['channelTitleText'], (o) => obj(o, 'channelTitleText') && obj(o, 'channelNavigationEndpoint')],
  // The player's videoDetails: the video with its channel id, author and exact view count.
  ['videoDetails', ['author'], (o) => text(o, 'videoId') && text(o, 'channelId') && text(o, 'author')],
  // playerMicroformatRenderer: publish date to the second, owner URL, unlisted flag.
  ['playerMicroformat', ['ownerProfileUrl', 'externalChannelId'], (o) => text(o, 'ownerProfileUrl') || (text(o, 'externalChannelId') && (text(o, 'publishDate') || text(o, 'uploadDate')))],
  ['playability', ['status'], (o) => typeof o.status === 'string' && PLAYABILITY.has(o.status) && (has(o, 'playableInEmbed') || has(o, 'reason') || has(o, 'errorScreen') || has(o, 'contextParams'))],
  // The player response's paid-promotion overlay ("Includes paid promotion") sits under this field.
  ['paidHolder', ['paidContentOverlay'], (o) => isObj(o.paidContentOverlay)],
  // videoRenderer, gridVideoRenderer, compactVideoRenderer, playlistVideoRenderer: id, title and views or date.
  ['videoTile', ['videoId'], (o) => text(o, 'videoId') && obj(o, 'title') && (obj(o, 'viewCountText') || obj(o, 'shortViewCountText') || obj(o, 'publishedTimeText') || obj(o, 'lengthText'))],
  // reelItemRenderer (2021–2024 Shorts shelf).
  ['reelTile', ['headline'], (o) => text(o, 'videoId') && obj(o, 'headline')],
  // shortsLockupViewModel (2024–2026 Shorts tab): overlay texts and a reel link.
  ['shortsLockup', ['overlayMetadata'], (o) => obj(o, 'overlayMetadata') && obj(o, 'onTap')],
  // lockupViewModel (2025–2026 grids): contentId and contentType (video, playlist…).
  ['lockup', ['contentId'], (o) => text(o, 'contentId') && text(o, 'contentType')],
  // commentThreadRenderer: pinned or not, around its comment.
  ['commentThread', ['renderingPriority'], (o) => text(o, 'renderingPriority')],
  // commentViewModel (2024–2026): keys into the entity store.
  ['commentViewModel', ['commentKey'], (o) => text(o, 'commentKey')],
  // commentEntityPayload (2024–2026): the comment, its author (isCreator) and its toolbar.
  ['commentEntity', ['properties'], (o) => text(o, 'key') && isObj(o.properties) && isObj(o.author)],
  // engagementToolbarStateEntityPayload: the creator's heart, joined by toolbarStateKey.
  ['toolbarState', ['heartState'], (o) => text(o, 'key') && text(o, 'heartState')],
  // commentRenderer (≤2024).
  ['legacyComment', ['contentText'], (o) => text(o, 'commentId') && obj(o, 'contentText') && obj(o, 'authorText')],
  // commentsHeaderRenderer: "19,783 Comments".
  ['commentsHeader', ['countText'], (o) => obj(o, 'countText') && !has(o, 'videoId')],
  // schema.org teaser comments of a 2025–2026 watch page.
  ['teaserComment', ['@type'], (o) => typeof o['@type'] === 'string' && /Comment$/.test(o['@type']) && isObj(o.author)],
  // continuationCommand: a comments token names its video, a browse token its channel (tokens.ts).
  ['continuation', ['token'], (o) => typeof o.token === 'string' && (o.token.startsWith('Eg0SC') || o.token.startsWith('4qmFsg'))],
  // responseContext's tracking parameter {key: "browse_id", value: "UC…"}: the channel a browse response is about.
  ['browseIdParam', ['key'], (o) => o.key === 'browse_id' && typeof o.value === 'string'],
];

const BY_KEY = new Map<string, number[]>();
RULES.forEach(([, keys], i) => keys.forEach((k) => BY_KEY.set(k, [...(BY_KEY.get(k) ?? []), i])));

/** The kind of an object: the first rule, in priority order, among those its keys call for. */
export function kindOf(o: Record<string, Json>): YtKind | null {
  let best = RULES.length;
  for (const key in o) {
    const rules = BY_KEY.get(key);
    if (rules) for (const i of rules) if (i < best && (RULES[i] as Rule)[2](o)) best = i;
  }
  return best < RULES.length ? (RULES[best] as Rule)[0] : null;
}

/** The rules as findShapes tests, one per kind (collect.ts walks with kindOf in one test instead: two dozen calls per object cost more than the walk). */
export const YT_SHAPES: ShapeTests<YtKind> = RULES.map(([kind, , test]) => [kind, test] as const);

/**
 * Every key the YouTube reader reads by name, at any depth. Anything else (contents, tabs,
 * richItemRenderer, twoColumnBrowseResultsRenderer, reloadContinuationItemsCommand, *ViewModel and
 * *Renderer wrappers…) may be renamed or re-nested without changing what is read.
 */
export const NAMED_KEYS: readonly string[] = [
  // text objects
  'runs', 'text', 'simpleText', 'content',
  // channel header and metadata
  'title', 'metadata', 'banner', 'actions', 'description', 'menuButton', 'metadataParts', 'attachmentRuns', 'imageName',
  'channelId', 'subscriberCountText', 'channelHandleText', 'videosCountText', 'badges', 'style', 'headerLinks', 'attribution', 'urlEndpoint', 'url',
  'externalId', 'channelUrl', 'vanityChannelUrl',
  // the channel's About
  'country', 'joinedDateText', 'canonicalChannelUrl',
  'type', 'canonicalBaseUrl', 'browseId',
  // watch page
  'currentVideoEndpoint', 'replacementEndpoint', 'reelWatchEndpoint', 'videoId', 'viewCount', 'shortViewCount', 'isLive', 'dateText', 'relativeDateText', 'videoActions',
  'owner', 'attributedDescription', 'metadataRowContainer', 'subscriptionButton', 'navigationEndpoint', 'attributedTitle',
  'listItems', 'subtitle', 'iconName', 'iconType', 'defaultIcon', 'label', 'accessibilityText', 'accessibility', 'accessibilityData', 'defaultText',
  'panelIdentifier', 'contextualInfo', 'likeStatus', 'channelTitleText', 'channelNavigationEndpoint',
  // player
  'author', 'shortDescription', 'isLiveContent', 'externalChannelId', 'publishDate', 'uploadDate', 'ownerProfileUrl', 'ownerChannelName',
  'likeCount', 'isUnlisted', 'status', 'reason', 'errorScreen', 'subreason', 'playableInEmbed', 'contextParams', 'paidContentOverlay',
  // tiles
  'viewCountText', 'shortViewCountText', 'publishedTimeText', 'lengthText', 'headline', 'overlayMetadata', 'onTap', 'primaryText', 'secondaryText',
  'contentId', 'contentType', 'ownerText', 'shortBylineText', 'longBylineText',
  // comments
  'renderingPriority', 'commentKey', 'pinnedText', 'toolbarStateKey', 'key', 'properties', 'toolbar', 'heartState', 'displayName', 'isCreator',
  'publishedTime', 'replyLevel', 'likeCountNotliked', 'likeCountA11y', 'commentId', 'contentText', 'authorText', 'voteCount', 'pinnedCommentBadge',
  'publishedTimeText', 'creatorHeart', 'isHearted', 'authorIsChannelOwner', 'countText', '@type', 'name', 'upvoteCount', 'dateCreated',
  // which video or channel a response belongs to
  'token', 'value',
];
