/**
 * Every place the TikTok reader looks. Alternatives are listed newest first,
 * each with the layout it matches. Kept free of imports: the page-world observer
 * bundles TT_PAYLOAD_PATHS and must stay tiny.
 */
export const TT_SELECTORS = {
  /** 2023–2026: `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">` → __DEFAULT_SCOPE__. */
  universalData: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
  /** 2022–2023: `<script id="SIGI_STATE" type="application/json">` → UserModule / ItemModule. */
  sigiState: 'script#SIGI_STATE',
  /** Early 2022: the same state assigned in an inline script instead of a JSON tag. */
  sigiMarkers: ["window['SIGI_STATE']=", 'window["SIGI_STATE"]='],
  /** 2019–2021: Next.js `<script id="__NEXT_DATA__">` → props.pageProps. */
  nextData: 'script#__NEXT_DATA__',
  /** Login wall for logged-out visitors in some regions. */
  loginWall: ['[data-e2e="login-modal"]', '#loginContainer'],
} as const;

/**
 * Where each layout is known to keep its data. Provenance only: the reader finds these objects
 * by shape (shapes.ts), so a renamed or re-nested wrapper costs no code.
 */
export const TT_KNOWN_PATHS = {
  /** 2023–2026 profile page: the profile block {user, stats, statsV2, itemList}; statusCode beside it when banned or gone. */
  userDetail: '__UNIVERSAL_DATA_FOR_REHYDRATION__ → __DEFAULT_SCOPE__["webapp.user-detail"].userInfo',
  /** 2023–2026 video page: the item with author, authorStats (sometimes absent) and statsV2. */
  videoDetail: '__UNIVERSAL_DATA_FOR_REHYDRATION__ → __DEFAULT_SCOPE__["webapp.video-detail"].itemInfo.itemStruct',
  /** 2025–2026: items the app refreshed after load (Zeeschuimer reads them), a list of items. */
  updatedItems: '__UNIVERSAL_DATA_FOR_REHYDRATION__ → __DEFAULT_SCOPE__["webapp.updated-items"][]',
  /** 2022–2023: users and their counts keyed by handle; items keyed by id, the grid order in ItemList. */
  sigi: 'SIGI_STATE → UserModule.users[h], UserModule.stats[h], ItemModule[id], ItemList["user-post"].list',
  /** 2019–2021: the profile block and the grid, or a video page's item. */
  nextData: '__NEXT_DATA__ → props.pageProps.userInfo, props.pageProps.items[], props.pageProps.itemInfo.itemStruct',
  /** Observed responses: the grid's pages, the user and item detail, comment pages. */
  itemList: '/api/post/item_list/ → itemList[]',
  userDetailApi: '/api/user/detail/ → userInfo',
  itemDetailApi: '/api/item/detail/ → itemInfo.itemStruct',
  commentList: '/api/comment/list/ → comments[] (replies inline in reply_comment[], or from /api/comment/list/reply/)',
} as const;

/**
 * The server-rendered profile header, read only when no JSON reached us. Its counts
 * are rounded ("56.2K"), so they never beat a JSON count.
 */
export const TT_DOM = {
  followers: [
    // 2022–2026 layout.
    'strong[data-e2e="followers-count"]',
    // 2020–2021 "share" layout: `<strong title="Followers">341.2K</strong>`.
    'strong[title="Followers"]',
  ],
  following: ['strong[data-e2e="following-count"]', 'strong[title="Following"]'],
  likes: ['strong[data-e2e="likes-count"]', 'strong[title="Likes"]'],
  /** The @handle: `h1` in 2022–2026 (the nickname is the subtitle), `h2.share-title` in 2020–2021. */
  handle: ['h1[data-e2e="user-title"]', 'h2.share-title'],
  displayName: ['h2[data-e2e="user-subtitle"]', 'h1.share-sub-title'],
  bio: ['h2[data-e2e="user-bio"]', 'h2.share-desc'],
  /** One tile of the Videos grid (2022–2026); reposts and likes tabs use other containers. */
  postItem: ['div[data-e2e="user-post-item"]', '[data-e2e="user-post-item"]'],
  /** The tile's link: /@handle/video/ID, or /@handle/photo/ID for photo posts (2023–2026). */
  postLink: ['a[href*="/video/"]', 'a[href*="/photo/"]'],
  /** The tile's play count, always rounded ("1.2M"). */
  postViews: ['strong[data-e2e="video-views"]'],
} as const;

/** Observed responses worth copying: video list pages, user and item detail, and comment pages. */
export const TT_PAYLOAD_PATHS = [
  /\/api\/post\/item_list\//,
  /\/api\/user\/detail\//,
  /\/api\/item\/detail\//,
  // Also matches /api/comment/list/reply/, whose entries are replies.
  /\/api\/comment\/list\//,
];
