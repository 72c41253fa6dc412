import { z } from 'zod';

export const PlatformId = z.enum(['instagram', 'tiktok', 'youtube']);
export type PlatformId = z.infer<typeof PlatformId>;

/** A count a page showed: a non-negative integer, or null when the page did not show it. */
export const Count = z.number().int().nonnegative().nullable();

/** Where a value was read from, so a scout who doubts a number can see its origin. */
export const SourceKind = z.enum(['json', 'payload', 'meta', 'dom']);
export type SourceKind = z.infer<typeof SourceKind>;

export const PostKind = z.enum(['photo', 'carousel', 'reel', 'video', 'short', 'live', 'story']);
export type PostKind = z.infer<typeof PostKind>;

export const Post = z.object({
  id: z.string().min(1),
  url: z.string().url(),
  kind: PostKind.nullable(),
  likes: Count,
  /** Why likes is null: hidden by the creator, or simply not on the page. */
  likesHidden: z.boolean(),
  comments: Count,
  views: Count,
  shares: Count,
  publishedAt: z.string().datetime({ offset: true }).nullable(),
  /** Relative text such as "3 weeks ago" when the page gives no timestamp. */
  publishedText: z.string().nullable(),
  caption: z.string(),
  pinned: z.boolean().nullable(),
  paidPartnership: z.boolean().nullable(),
  sponsors: z.array(z.string()),
  /** Fields whose value the page showed rounded ("12K views"): a lower bound, not an exact count. */
  approximate: z.array(z.string()),
});
export type Post = z.infer<typeof Post>;

export const ProfileSnapshot = z.object({
  platform: PlatformId,
  handle: z.string().min(1),
  displayName: z.string().nullable(),
  profileUrl: z.string().url(),
  followers: Count,
  following: Count,
  postsCount: Count,
  verified: z.boolean().nullable(),
  isPrivate: z.boolean().nullable(),
  bio: z.string().nullable(),
  posts: z.array(Post),
  capturedAt: z.string().datetime({ offset: true }),
  /** Field name → where it came from (e.g. followers → "payload: web_profile_info"). */
  sources: z.record(z.string(), z.string()),
  /** Profile fields the page showed only rounded ("24.1K subscribers"). */
  approximate: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;
