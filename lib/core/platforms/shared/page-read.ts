import type { Comment, PlatformId, Post, ProfileSnapshot } from '../../model/snapshot';

/**
 * Everything a reader found on a page, before we insist on the essentials. Payloads
 * that hold only posts or only comments (a scroll page, a comment page) read fine;
 * `finalize` then decides whether there is enough for a snapshot.
 */
export interface PageRead {
  platform: PlatformId;
  handle: string | null;
  displayName: string | null;
  profileUrl: string | null;
  followers: number | null;
  following: number | null;
  postsCount: number | null;
  verified: boolean | null;
  isPrivate: boolean | null;
  bio: string | null;
  externalLinks: string[];
  category: string | null;
  totalLikes: number | null;
  channelId: string | null;
  /** The creator's stated country (YouTube's About), ISO alpha-2; null when not shown. */
  country: string | null;
  /** The business email in the platform's contact field; null when not shown. */
  contactEmail: string | null;
  posts: Post[];
  comments: Comment[];
  sources: Record<string, string>;
  approximate: string[];
  warnings: string[];
  /** What the page looked like, so a failure can name the likely cause. */
  hints: ReadHints;
  /** Where sources gave different values beyond rounding; the exact one was kept. */
  disagreements: Disagreement[];
}

/** What kind of page of the creator this is: a profile, or one post, video, reel, Short or story. */
export type PageKind = 'profile' | 'post' | 'story' | 'other';

/** Facts about the page that let a refusal or a warning name the cause a scout can act on. */
export interface ReadHints {
  /** Not a creator's page at all (a home feed, search, settings). */
  notAProfile: boolean;
  /** The site shows a login wall. */
  loggedOut: boolean;
  /** The platform says the account is banned, deleted or does not exist. */
  unavailable: boolean;
  /** The video is age-restricted, so the page withholds it. */
  ageGated: boolean;
  /** Posts were found but the site withholds their like and comment counts from logged-out visitors. */
  countsHiddenLoggedOut: boolean;
  pageKind: PageKind;
  /** The address the document still declares when it is not the one in the address bar (set by extractWith). */
  documentShows: string | null;
  /**
   * Another creator the page proves it still shows (a JSON user with counts, the meta tag's
   * "(@handle)", the rendered header's handle), when nothing proves the address's creator yet.
   */
  showsOther: string | null;
}

export interface Disagreement {
  field: string;
  kept: { value: string; source: string };
  other: { value: string; source: string };
}

export function emptyHints(): ReadHints {
  return { notAProfile: false, loggedOut: false, unavailable: false, ageGated: false, countsHiddenLoggedOut: false, pageKind: 'other', documentShows: null, showsOther: null };
}

export type SnapshotFields = Omit<ProfileSnapshot, 'capturedAt'>;

export function emptyRead(platform: PlatformId): PageRead {
  return {
    platform, handle: null, displayName: null, profileUrl: null, followers: null, following: null,
    postsCount: null, verified: null, isPrivate: null, bio: null, externalLinks: [], category: null,
    totalLikes: null, channelId: null, country: null, contactEmail: null, posts: [], comments: [], sources: {}, approximate: [], warnings: [],
    hints: emptyHints(), disagreements: [],
  };
}
