/**
 * Every place the Instagram reader looks. Instagram rolls layouts out gradually,
 * so alternatives sit side by side, each saying which layout it matches.
 */
export const IG_SELECTORS = {
  /** "38.2K Followers, 512 Following, 214 Posts - See Instagram photos and videos from Name (@handle)" — all layouts 2019–2026. */
  metaDescription: ['meta[name="description"]', 'meta[property="og:description"]'],
  /** Legacy server-rendered data (2015–2022): `window._sharedData = {...};`. */
  sharedDataMarker: 'window._sharedData =',
  /** Legacy follow-up data (2020–2022): `window.__additionalDataLoaded('/handle/', {...})`. */
  additionalDataMarker: "window.__additionalDataLoaded('",
  /** JSON-LD ProfilePage (2019–2021 pages of some accounts) with an exact follower count. */
  jsonLd: 'script[type="application/ld+json"]',
  /** Relay/ScheduledServerJS blobs the current web app (2023–2026) hydrates from. */
  embeddedBlobs: 'script[type="application/json"][data-sjs]',
  /** Login wall shown to logged-out visitors (2023–2026). */
  loginForm: ['form#loginForm', 'input[name="username"][type="text"]'],
} as const;

/**
 * The profile header of the current web app (2024–2026), for when no JSON reached us.
 * Each list is tried in order; the first element holding a number wins.
 */
export const IG_HEADER = {
  /** The follower count spelled exactly in a tooltip: `<span title="38,217">38.2K</span>`. */
  followersExact: [
    // Logged-in 2024–2026: the count is a link to the followers dialog.
    'header a[href$="/followers/"] span[title]',
    // Logged-out 2024–2026: the same list, but the count is plain text.
    'header section ul li span[title]',
  ],
  followers: [
    // Logged-in 2024–2026.
    'header a[href$="/followers/"] span',
    // Logged-out 2024–2026: the second item of the stats list.
    'header section ul li:nth-child(2) span',
  ],
  following: [
    'header a[href$="/following/"] span',
    'header section ul li:nth-child(3) span',
  ],
  posts: [
    // Both 2024–2026 layouts: the first item of the stats list is never a link.
    'header section ul li:nth-child(1) span',
  ],
  /** Grid tiles (2019–2026): every post and reel on a profile is a link to its page. */
  gridLinks: ['main a[href*="/p/"]', 'main a[href*="/reel/"]'],
} as const;

/** The platform's own disclosure wording, as it prints it above a sponsored post or story. */
export const IG_PAID_LABEL = 'Paid partnership';

/** First path segments that are Instagram's own pages, never a creator's handle. */
export const IG_RESERVED_PATHS = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct', 'about', 'legal',
  'developer', 'web', 'challenge', 'emails', 'session', 'privacy', 'terms', 'api', 'graphql',
]);

/** Observed responses worth copying: profile info, timeline pages, post detail, comments, stories. */
export const IG_PAYLOAD_PATHS = [
  /\/api\/v1\/users\/web_profile_info\//,
  /\/api\/v1\/users\/\d+\/info\//,
  /\/api\/v1\/feed\/user\//,
  /\/api\/v1\/feed\/timeline\//,
  /\/api\/v1\/feed\/reels_media\//,
  /\/api\/v1\/clips\/user\//,
  /\/api\/v1\/media\/\d+\/info\//,
  /\/api\/v1\/media\/\d+\/comments\//,
  /\/graphql\/query/,
  /\/api\/graphql/,
];

/** A list in a JSON body, and the key inside each element that holds the item (null: the element itself). */
export interface JsonList {
  path: string;
  inner: string | null;
}

/** Where lists of api/v1-shaped media sit in bodies and embedded blobs. */
export const IG_API_MEDIA_LISTS: readonly JsonList[] = [
  // Profile grid and its scroll pages, 2023–2026 (PolarisProfilePostsQuery).
  { path: 'data.xdt_api__v1__feed__user_timeline_graphql_connection.edges', inner: 'node' },
  // Reels tab, 2024–2026.
  { path: 'data.xdt_api__v1__clips__user__connection_v2.edges', inner: 'node.media' },
  // An open post, 2024–2026 (PolarisPostRootQuery).
  { path: 'data.xdt_api__v1__media__shortcode__web_info.items', inner: null },
  // api/v1 clips/user (2021–2023) wraps each reel in {media}; feed/user and media/info do not.
  { path: 'items', inner: 'media' },
  { path: 'items', inner: null },
  // Logged-in home feed, 2021–2023.
  { path: 'feed_items', inner: 'media_or_ad' },
];

/** Where lists of GraphQL-shaped posts sit in observed responses (2019–2022). */
export const IG_GRAPH_MEDIA_LISTS: readonly JsonList[] = [
  // query_hash timeline pages as the scout scrolls, and web_profile_info's first twelve.
  { path: 'data.user.edge_owner_to_timeline_media.edges', inner: 'node' },
  { path: 'graphql.user.edge_owner_to_timeline_media.edges', inner: 'node' },
];

/** Where story trays sit; each tray has `items` and an owner. */
export const IG_STORY_TRAYS: readonly string[] = [
  // GraphQL reels_media, 2019–2022.
  'data.reels_media',
  // web app, 2023–2026.
  'data.xdt_api__v1__feed__reels_media.reels_media',
  // api/v1 feed/reels_media, 2021–2023.
  'reels_media',
];

/** Where comment lists sit when a post is open. */
export const IG_COMMENT_LISTS: readonly JsonList[] = [
  // GraphQL comment pages (query_hash, 2019–2022): the post itself is not named.
  { path: 'data.shortcode_media.edge_media_to_comment.edges', inner: 'node' },
  // Comments of an open post, 2024–2026.
  { path: 'data.xdt_api__v1__media__media_id__comments__connection.edges', inner: 'node' },
  // api/v1 media/{id}/comments pages.
  { path: 'comments', inner: null },
];

/** Profile facts the current header (2024–2026) shows without numbers. */
export const IG_HEADER_FLAGS = {
  /** The blue badge next to the handle. */
  verified: ['header svg[aria-label="Verified"]'],
  /** The notice where a private account's grid would be; matched by its words below. */
  privateNotice: ['main h2', 'main span'],
  privateText: /^this account is private$/i,
} as const;

/** The disclosure line under the author's name on an open post or story (2021–2026). */
export const IG_POST_LABEL = {
  /** Tried in order; the first element whose own words begin with the label wins. */
  candidates: [
    // Post opened as its own page.
    'article header span', 'article header div',
    // Post opened in the dialog over a profile.
    'div[role="dialog"] header span', 'div[role="dialog"] header div',
    // Story viewer.
    'section header span',
  ],
  /** The brands are the links inside the label. */
  brandLinks: 'a[href]',
} as const;
