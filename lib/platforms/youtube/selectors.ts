/**
 * Every place the YouTube reader looks. YouTube serves several header, grid and watch
 * layouts at once (A/B tests), so every alternative stays listed with its era.
 * Paths are dotted json-path paths (lib/parse/json-path.ts `at`).
 */
export const YT_SELECTORS = {
  /** Inline script that seeds the page: `var ytInitialData = {...};` (all eras), or the window[...] form (2019–2020). */
  initialDataMarkers: ['var ytInitialData =', 'window["ytInitialData"] ='],
  /** Watch pages also seed the player: `var ytInitialPlayerResponse = {...};`. */
  playerMarkers: ['var ytInitialPlayerResponse =', 'window["ytInitialPlayerResponse"] ='],
  header: {
    /** 2025–2026: header.pageHeaderRenderer.content.pageHeaderViewModel. */
    pageHeader: 'header.pageHeaderRenderer.content.pageHeaderViewModel',
    /** 2017–2024: header.c4TabbedHeaderRenderer. */
    c4Tabbed: 'header.c4TabbedHeaderRenderer',
  },
  /** Links shown in the channel header; each is a /redirect?q=… link. */
  headerLinks: {
    /** 2026 pageHeaderViewModel: "shop.kgs.link/cool and 7 more links". */
    pageHeader: { list: 'attribution.attributionViewModel.text.commandRuns', url: 'onTap.innertubeCommand.urlEndpoint.url' },
    /** c4Tabbed ≤2023: primaryLinks then secondaryLinks (icons). */
    c4Renderer: [
      { list: 'headerLinks.channelHeaderLinksRenderer.primaryLinks', url: 'navigationEndpoint.urlEndpoint.url' },
      { list: 'headerLinks.channelHeaderLinksRenderer.secondaryLinks', url: 'navigationEndpoint.urlEndpoint.url' },
    ],
    /** c4Tabbed 2024: channelHeaderLinksViewModel.firstLink. */
    c4ViewModel: { list: 'headerLinks.channelHeaderLinksViewModel.firstLink.commandRuns', url: 'onTap.innertubeCommand.urlEndpoint.url' },
  },
  /** Always present on channel pages: title, description, externalId, vanityChannelUrl. */
  channelMetadata: 'metadata.channelMetadataRenderer',
  /** Video tiles, by era: gridVideoRenderer (≤2022), richItem videoRenderer (2022–2026), lockupViewModel (2026), shorts. */
  itemKeys: ['gridVideoRenderer', 'videoRenderer', 'lockupViewModel', 'shortsLockupViewModel', 'reelItemRenderer'],
  /**
   * Where the channel grid lives: the first page (contents) and each scroll page
   * (onResponseReceivedActions). Watch pages use twoColumnWatchNextResults instead, so
   * their related videos (other channels) never match.
   */
  gridRoots: ['contents.twoColumnBrowseResultsRenderer', 'onResponseReceivedActions'],
  tile: {
    /** lockupViewModel (2026): title and the rows of "28 views" · "13 days ago". */
    lockupMeta: 'metadata.lockupMetadataViewModel',
    lockupRows: 'metadata.contentMetadataViewModel.metadataRows',
    /** shortsLockupViewModel (2024–2026 Shorts tab). */
    shortId: 'onTap.innertubeCommand.reelWatchEndpoint.videoId',
    shortTitle: 'overlayMetadata.primaryText.content',
    shortViews: 'overlayMetadata.secondaryText.content',
    /** Badge styles of a stream that is on air now: its "views" are "watching". */
    liveNowBadges: ['BADGE_STYLE_TYPE_LIVE_NOW'],
  },
  watch: {
    /** Watch page body (ytInitialData on /watch, and every /youtubei/v1/next for a video). */
    contents: 'contents.twoColumnWatchNextResults.results.results.contents',
    currentVideoId: 'currentVideoEndpoint.watchEndpoint.videoId',
    viewCount: 'viewCount.videoViewCountRenderer.viewCount',
    shortViewCount: 'viewCount.videoViewCountRenderer.shortViewCount',
    isLive: 'viewCount.videoViewCountRenderer.isLive',
    /** Like button, by era; the accessibility text carries the exact count. */
    likeButtons: [
      // 2023–2026 segmentedLikeDislikeButtonViewModel: "like this video along with 4,961,170 other people".
      'segmentedLikeDislikeButtonViewModel.likeButtonViewModel.likeButtonViewModel.toggleButtonViewModel.toggleButtonViewModel.defaultButtonViewModel.buttonViewModel',
      // 2022–2023 segmentedLikeDislikeButtonRenderer.
      'segmentedLikeDislikeButtonRenderer.likeButton.toggleButtonRenderer',
      // ≤2022 toggleButtonRenderer with defaultIcon LIKE: label "3,485,266 likes".
      'toggleButtonRenderer',
    ],
    likeTexts: [
      'accessibilityText', // buttonViewModel: exact
      'defaultText.accessibility.accessibilityData.label', // toggleButtonRenderer: exact "3,485,266 likes"
      'accessibility.label', // toggleButtonRenderer: "like this video along with …"
      'accessibilityData.accessibilityData.label',
      'title', // buttonViewModel: rounded "4.9m"
      'defaultText.simpleText', // rounded "3.4M"
    ],
    /** The engagement panel that holds comments; contextualInfo is "99k", "365", "2.7K". */
    commentsPanelId: 'engagement-panel-comments-section',
    panelHeader: 'engagementPanelSectionListRenderer.header.engagementPanelTitleHeaderRenderer',
    owner: 'owner.videoOwnerRenderer',
    /** Collab videos: the owner opens a "Collaborators" dialog; the first entry is the uploader. */
    collabItems: [
      'navigationEndpoint.showDialogCommand.panelLoadingStrategy.inlineContent.dialogViewModel.customContent.listViewModel.listItems',
      'attributedTitle.commandRuns.0.onTap.innertubeCommand.showDialogCommand.panelLoadingStrategy.inlineContent.dialogViewModel.customContent.listViewModel.listItems',
    ],
    description: ['attributedDescription.content', 'description.runs'],
    /** schema.org teaser comments (2025–2026 next payloads). */
    teaserComments: 'microformat.microformatDataRenderer.videoDetails.comments',
  },
  player: {
    details: 'videoDetails',
    microformat: 'microformat.playerMicroformatRenderer',
    /** "Includes paid promotion", shown only on disclosed videos (WEB client responses). */
    paidOverlay: ['paidContentOverlay.paidContentOverlayRenderer', 'paidContentOverlayRenderer'],
  },
  comments: {
    /** Comment pages: the first (reload) and each later page or reply page (append). */
    lists: [
      'reloadContinuationItemsCommand.continuationItems',
      'appendContinuationItemsAction.continuationItems',
    ],
    roots: ['onResponseReceivedEndpoints', 'onResponseReceivedActions'],
    /** 2024–2026: thread → commentViewModel → key into frameworkUpdates. */
    threadKey: 'commentThreadRenderer.commentViewModel.commentViewModel',
    replyKey: 'commentViewModel',
    /** ≤2024: the comment inline as commentRenderer. */
    legacy: ['commentThreadRenderer.comment.commentRenderer', 'commentRenderer'],
    mutations: 'frameworkUpdates.entityBatchUpdate.mutations',
    header: 'commentsHeaderRenderer.countText',
    pinnedPriority: 'RENDERING_PRIORITY_PINNED_COMMENT',
  },
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
