/**
 * Every place the TikTok reader looks. Alternatives are listed newest first,
 * each with the layout it matches.
 */
export const TT_SELECTORS = {
  /** 2023–2026: `<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">` → __DEFAULT_SCOPE__. */
  universalData: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
  /** 2022–2023: `<script id="SIGI_STATE" type="application/json">` → UserModule / ItemModule. */
  sigiState: 'script#SIGI_STATE',
  /** 2019–2021: Next.js `<script id="__NEXT_DATA__">` → props.pageProps. */
  nextData: 'script#__NEXT_DATA__',
  /** Login wall for logged-out visitors in some regions. */
  loginWall: ['[data-e2e="login-modal"]', '#loginContainer'],
} as const;

/** Observed responses worth copying: the profile's video list pages and user detail. */
export const TT_PAYLOAD_PATHS = [
  /\/api\/post\/item_list\//,
  /\/api\/user\/detail\//,
  /\/api\/item\/detail\//,
];
