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
  /** The handle printed at the top of the header (2019–2026): proves whose counts these are. */
  handle: ['header h2', 'header h1', 'header section a[href] h2'],
  /** Grid tiles (2019–2026): every post and reel on a profile is a link to its page. */
  gridLinks: ['main a[href*="/p/"]', 'main a[href*="/reel/"]'],
} as const;

/** "Sorry, this page isn't available." (2016–2026): a deleted, banned or mistyped account. */
export const IG_UNAVAILABLE = {
  candidates: ['main h2', 'main span', 'body h2'],
  text: /^sorry, this page isn.t available\.?$/i,
  title: /^page not found/i,
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

/**
 * Where Instagram has put its data, as provenance and as hints for a reader of `--explain`:
 * the reader does NOT need any of these paths. It finds users, media and comments by their
 * shape (shapes.ts) wherever they sit, so a renamed wrapper costs no code. Each entry names
 * the layout it matches; `[]` stands for any index.
 */
export const IG_KNOWN_WRAPPERS: readonly { path: string; layout: string }[] = [
  { path: 'entry_data.ProfilePage[].graphql.user', layout: 'server-rendered profile, window._sharedData (2015–2022)' },
  { path: 'graphql.user / data.user', layout: '?__a=1 and web_profile_info profiles (2019–2024)' },
  { path: 'data.user.edge_owner_to_timeline_media.edges[].node', layout: 'query_hash timeline pages (2019–2024), no follower count' },
  { path: 'data.user', layout: 'PolarisProfilePageContentQuery, logged in (2023–2026): follower_count, following_count, media_count' },
  { path: 'data.xdt_api__v1__feed__user_timeline_graphql_connection.edges[].node', layout: 'logged-in profile grid (2023–2026), api/v1 media' },
  { path: 'data.xdt_api__v1__clips__user__connection_v2.edges[].node.media', layout: 'reels tab (2024–2026)' },
  { path: 'data.xdt_api__v1__media__shortcode__web_info.items[]', layout: 'open post or reel, logged in (2024–2026)' },
  { path: 'data.xig_user_by_username', layout: 'logged-out profile in data-sjs RelayPrefetchedStreamCache (2025–2026)' },
  { path: 'data.xig_user_by_username.polaris_ordered_timeline_connection.edges[].node', layout: 'logged-out grid (2025–2026): no like or comment counts' },
  { path: 'data.xig_polaris_media.if_not_gated_logged_out', layout: 'open post, logged out (2025–2026): like and comment counts, coauthor_producers' },
  { path: 'graphql.shortcode_media / data.shortcode_media', layout: 'open post and its comments (2019–2025)' },
  { path: 'items[] / items[].media / feed_items[].media_or_ad', layout: 'api/v1 media info, clips/user and home feed (2016–2023)' },
  { path: 'data.reels_media[] / data.xdt_api__v1__feed__reels_media.reels_media[] / reels_media[]', layout: 'story trays (2019–2026)' },
  { path: 'data.xdt_api__v1__media__media_id__comments__connection.edges[].node / comments[]', layout: 'comment pages (2019–2026)' },
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
