import { z } from 'zod';

/** A share of comments in one language; `lang` is ISO 639-1, or "other" for the long tail. */
export const LanguageShare = z.object({ lang: z.string(), share: z.number().min(0).max(1), comments: z.number().int().nonnegative() });

/**
 * What the visible comments and posts say about who engages, and nothing more: no audience
 * country and no fake-follower share, which a public page cannot support. Unknown is null.
 */
export const Audience = z.object({
  /** Comment languages, by share, over the usable comments (3+ words once emoji, mentions, links and hashtags are gone). */
  languages: z.array(LanguageShare),
  usable: z.number().int().nonnegative(),
  visible: z.number().int().nonnegative(),
  /** "platform": the platform tagged the comments (TikTok); "detected": a local identifier read them; null: not read. */
  source: z.enum(['platform', 'detected']).nullable(),
  /** Where the creator posts from (its posts' tags, or its stated country): the creator's place, not the audience's. */
  creatorLocation: z.object({ country: z.string(), posts: z.number().int().nonnegative(), of: z.number().int().nonnegative() }).nullable(),
  /** Counts among the visible comments that are "worth a look", never a verdict; `of` is how many were visible. */
  hygiene: z.object({
    defaultAvatar: z.number().int().nonnegative().nullable(),
    digitHandles: z.number().int().nonnegative(),
    duplicateTexts: z.number().int().nonnegative(),
    of: z.number().int().nonnegative(),
    examples: z.array(z.object({ kind: z.enum(['default-avatar', 'digit-handle', 'duplicate-text']), author: z.string(), text: z.string() })).default([]),
  }),
  /** Accounts that commented on 3 or more of the posts the scout opened, with their median delay after posting (minutes; null when undated). */
  repeatCommenters: z.array(z.object({ handle: z.string(), posts: z.number().int().positive(), medianDelayMinutes: z.number().nonnegative().nullable() })),
  /** The campaign's target languages this was read against, and the share of read comments in them (null: none read). */
  targets: z.array(z.string()).default([]),
  targetShare: z.number().min(0).max(1).nullable().default(null),
  /** Distinct posts with comments across the visits read: the "5" in "≥3 of the 5 posts you opened". Null in older scorecards. */
  postsOpened: z.number().int().nonnegative().nullable().default(null),
});
export type Audience = z.infer<typeof Audience>;

/** How the creator answers its commenters, among the visible comments only. Null: the page does not say. */
export const Responsiveness = z.object({
  /** Top comments (threads) with a reply by the creator; null when no reply was visible to tell. */
  replied: z.number().int().nonnegative().nullable(),
  /** Visible top comments. */
  threads: z.number().int().nonnegative(),
  /** Comments the creator liked or hearted; null when the page does not mark it. */
  liked: z.number().int().nonnegative().nullable(),
  /** Visible comments (top comments and replies). */
  comments: z.number().int().nonnegative(),
  /** Pinned comments; null when the page does not mark pinning. */
  pinned: z.number().int().nonnegative().nullable(),
});
export type Responsiveness = z.infer<typeof Responsiveness>;
