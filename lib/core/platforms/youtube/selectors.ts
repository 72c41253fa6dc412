/**
 * Where YouTube has put things, by era. The JSON reader does NOT follow these paths: it finds
 * each thing by its shape (shapes.ts) wherever it sits, so a renamed or re-nested wrapper costs
 * no code. The paths stay here as provenance (what a `sources` path usually looks like) and as a
 * map for whoever debugs a new layout. The page markers and DOM selectors below are used as-is.
 */
export const YT_LAYOUTS = {
  channel: {
    /** 2025–2026 channel header. */
    pageHeader: 'header.pageHeaderRenderer.content.pageHeaderViewModel',
    /** 2017–2024 channel header. */
    c4Tabbed: 'header.c4TabbedHeaderRenderer',
    /** Every channel page: title, description, externalId, vanityChannelUrl. */
    metadata: 'metadata.channelMetadataRenderer',
    /** Terminated or missing channel: "This account has been terminated…". */
    alerts: 'alerts[].alertRenderer',
    /** The grid: first page under the selected tab, each scroll page as a continuation. */
    grid: [
      'contents.twoColumnBrowseResultsRenderer.tabs[].tabRenderer.content.richGridRenderer.contents[].richItemRenderer.content',
      'contents.twoColumnBrowseResultsRenderer.tabs[].tabRenderer.content.sectionListRenderer.contents[].itemSectionRenderer.contents[].gridRenderer.items[]',
      'onResponseReceivedActions[].appendContinuationItemsAction.continuationItems[].richItemRenderer.content',
    ],
    /** Tile kinds, by era: gridVideoRenderer (≤2022), videoRenderer (2022–2026), lockupViewModel (2025–2026), reelItemRenderer and shortsLockupViewModel (Shorts). */
    tiles: ['gridVideoRenderer', 'videoRenderer', 'lockupViewModel', 'reelItemRenderer', 'shortsLockupViewModel'],
  },
  watch: {
    primary: 'contents.twoColumnWatchNextResults.results.results.contents[0].videoPrimaryInfoRenderer',
    owner: 'contents.twoColumnWatchNextResults.results.results.contents[1].videoSecondaryInfoRenderer.owner.videoOwnerRenderer',
    currentVideo: 'currentVideoEndpoint.watchEndpoint.videoId',
    /** Related videos: other channels', never read as posts. */
    related: 'contents.twoColumnWatchNextResults.secondaryResults',
    likeButton: 'videoActions.menuRenderer.topLevelButtons[].segmentedLikeDislikeButtonViewModel…defaultButtonViewModel.buttonViewModel',
    commentsPanel: 'engagementPanels[].engagementPanelSectionListRenderer (panelIdentifier engagement-panel-comments-section)',
    teaserComments: 'microformat.microformatDataRenderer.videoDetails.comments[]',
  },
  player: {
    details: 'videoDetails',
    microformat: 'microformat.playerMicroformatRenderer',
    playability: 'playabilityStatus',
    paidOverlay: 'paidContentOverlay.paidContentOverlayRenderer',
  },
  comments: {
    threads: 'onResponseReceivedEndpoints[].reloadContinuationItemsCommand.continuationItems[].commentThreadRenderer.commentViewModel.commentViewModel',
    entities: 'frameworkUpdates.entityBatchUpdate.mutations[].payload.commentEntityPayload',
    hearts: 'frameworkUpdates.entityBatchUpdate.mutations[].payload.engagementToolbarStateEntityPayload',
    legacy: 'commentThreadRenderer.comment.commentRenderer',
    header: 'commentsHeaderRenderer.countText',
  },
} as const;

export const YT_SELECTORS = {
  /** Inline script that seeds the page: `var ytInitialData = {...};` (all eras), or the window[...] form (2019–2020). */
  initialDataMarkers: ['var ytInitialData =', 'window["ytInitialData"] ='],
  /** Watch pages also seed the player: `var ytInitialPlayerResponse = {...};`. */
  playerMarkers: ['var ytInitialPlayerResponse =', 'window["ytInitialPlayerResponse"] ='],
  /** Consent wall shown to logged-out visitors in the EU. */
  consentWall: ['form[action*="consent.youtube.com"]', 'ytd-consent-bump-v2-lightbox'],
  /** Rendered page, for when no JSON could be read (scripts stripped, or a saved page). */
  dom: {
    /** 2023–2026 channel header; #channel-handle is the 2022–2023 c4 header. */
    handle: ['#channel-handle', 'yt-page-header-renderer yt-content-metadata-view-model a[href^="/@"]', '#channel-header #channel-handle'],
    displayName: ['yt-page-header-renderer h1 .yt-core-attributed-string', '#channel-header #channel-name #text', 'ytd-channel-name#channel-name #text'],
    subscribers: ['yt-formatted-string#subscriber-count', '#owner-sub-count', 'yt-page-header-renderer .yt-content-metadata-view-model__metadata-text'],
    gridItems: ['ytd-rich-item-renderer', 'ytd-grid-video-renderer'],
    // YouTube repeats ids in every tile; [id=…] matches inside a tile where a scoped #id lookup may not.
    itemLink: ['a[id="video-title-link"]', 'a[id="video-title"]', 'a[id="thumbnail"]'],
    itemMeta: ['[id="metadata-line"] span', '.inline-metadata-item'],
    paidOverlay: ['.ytp-paid-content-overlay-text', '.ytp-paid-content-overlay'],
  },
} as const;

/** Observed responses worth copying: channel pages and their scroll pages, watch data, comments, player. */
export const YT_PAYLOAD_PATHS = [/\/youtubei\/v1\/browse/, /\/youtubei\/v1\/next/, /\/youtubei\/v1\/player/];
