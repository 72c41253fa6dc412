/**
 * Every place the YouTube reader looks. YouTube serves several header and grid
 * layouts at once (A/B tests), so every alternative stays listed with its era.
 */
export const YT_SELECTORS = {
  /** Inline script that seeds the page: `var ytInitialData = {...};` (all eras), or the window[...] form (2019–2020). */
  initialDataMarkers: ['var ytInitialData =', 'window["ytInitialData"] ='],
  header: {
    /** 2025–2026: header.pageHeaderRenderer.content.pageHeaderViewModel. */
    pageHeader: 'header.pageHeaderRenderer.content.pageHeaderViewModel',
    /** 2017–2024: header.c4TabbedHeaderRenderer. */
    c4Tabbed: 'header.c4TabbedHeaderRenderer',
  },
  /** Always present on channel pages: title, description, externalId, vanityChannelUrl. */
  channelMetadata: 'metadata.channelMetadataRenderer',
  /** Video tiles, by era: gridVideoRenderer (≤2022), richItem videoRenderer (2022–2026), lockupViewModel (2026), shorts. */
  itemKeys: ['gridVideoRenderer', 'videoRenderer', 'lockupViewModel', 'shortsLockupViewModel', 'reelItemRenderer'],
  /** Where the grid lives: the first page (contents) and each scroll page (onResponseReceivedActions). */
  gridRoots: ['contents.twoColumnBrowseResultsRenderer', 'onResponseReceivedActions'],
  /** Consent wall shown to logged-out visitors in the EU. */
  consentWall: ['form[action*="consent.youtube.com"]', 'ytd-consent-bump-v2-lightbox'],
} as const;

/** Observed responses worth copying: channel browse pages and their scroll continuations. */
export const YT_PAYLOAD_PATHS = [/\/youtubei\/v1\/browse/];
