import type { PlatformId } from '../model/snapshot';

/**
 * What the rest of the house needs to know about a platform without reading pages: its name, what a
 * handle looks like, where a profile lives, and which anomaly checks its numbers support. Kept apart
 * from the readers so scoring, CSV and options screens never load a reader to learn a name.
 */
export interface PlatformTraits {
  id: PlatformId;
  /** As the scout knows it: "Instagram". */
  name: string;
  /** A handle as Microscope stores it (lower-cased), and the rule in words for an import that breaks it. */
  handle: { test(handle: string): boolean; says: string };
  /** A profile address for a creator known only by handle (a CSV row without one). */
  profileUrl(handle: string): string;
  anomalies: {
    /** Typical likes per comment, with its source, where a like:comment ratio means something. */
    likesPerComment: { typical: number; source: string } | null;
    /** Every post is a video whose views count (TikTok), rather than only reels and videos. */
    everyPostHasViews: boolean;
    /** Views are compared with followers (YouTube's views-per-subscriber is its own formula). */
    viewsPerFollower: boolean;
  };
}
