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
  /** Login wall shown to logged-out visitors (2023–2026). */
  loginForm: ['form#loginForm', 'input[name="username"][type="text"]'],
  /** The private-account notice in the current layout's grid area. */
  privateNotice: ['h2', 'span'],
} as const;

/** First path segments that are Instagram's own pages, never a creator's handle. */
export const IG_RESERVED_PATHS = new Set([
  'p', 'reel', 'reels', 'tv', 'explore', 'stories', 'accounts', 'direct', 'about', 'legal',
  'developer', 'web', 'challenge', 'emails', 'session', 'privacy', 'terms', 'api', 'graphql',
]);

/** Observed responses worth copying: profile info, timeline pages, post detail. */
export const IG_PAYLOAD_PATHS = [
  /\/api\/v1\/users\/web_profile_info\//,
  /\/api\/v1\/users\/\d+\/info\//,
  /\/api\/v1\/feed\/user\//,
  /\/api\/v1\/clips\/user\//,
  /\/api\/v1\/media\/\d+\/info\//,
  /\/graphql\/query/,
  /\/api\/graphql/,
];
