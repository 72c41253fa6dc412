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
  posts: Post[];
  comments: Comment[];
  sources: Record<string, string>;
  approximate: string[];
  warnings: string[];
  /** What the page looked like, so a failure can name the likely cause. */
  hints: { notAProfile: boolean; loggedOut: boolean };
}

export type SnapshotFields = Omit<ProfileSnapshot, 'capturedAt'>;

export function emptyRead(platform: PlatformId): PageRead {
  return {
    platform, handle: null, displayName: null, profileUrl: null, followers: null, following: null,
    postsCount: null, verified: null, isPrivate: null, bio: null, externalLinks: [], category: null,
    totalLikes: null, channelId: null, posts: [], comments: [], sources: {}, approximate: [], warnings: [],
    hints: { notAProfile: false, loggedOut: false },
  };
}
