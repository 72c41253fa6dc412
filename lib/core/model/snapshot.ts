import { z } from 'zod';
import { PLATFORM_IDS } from '../platforms/ids';
import { HttpsUrl } from './https-url';

export const PlatformId = z.enum(PLATFORM_IDS);
export type PlatformId = z.infer<typeof PlatformId>;

/** A count a page showed: a non-negative integer, or null when the page did not show it. */
export const Count = z.number().int().nonnegative().nullable();

/** Where a value was read from, so a scout who doubts a number can see its origin. */
export const SourceKind = z.enum(['json', 'payload', 'meta', 'dom']);
export type SourceKind = z.infer<typeof SourceKind>;

export const PostKind = z.enum(['photo', 'carousel', 'reel', 'video', 'short', 'live', 'story']);
export type PostKind = z.infer<typeof PostKind>;

export const Precision = z.enum(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);
export type Precision = z.infer<typeof Precision>;

export const Post = z.object({
  id: z.string().min(1),
  url: HttpsUrl,
  kind: PostKind.nullable(),
  likes: Count,
  /** Why likes is null: hidden by the creator, or simply not on the page. */
  likesHidden: z.boolean(),
  comments: Count,
  views: Count,
  shares: Count,
  saves: Count,
  publishedAt: z.string().datetime({ offset: true }).nullable(),
  /** How exact publishedAt is: 'second' for a timestamp, 'day' for a date, coarser for "3 weeks ago". */
  publishedPrecision: Precision.nullable(),
  /** Relative text such as "3 weeks ago" as the page showed it. */
  publishedText: z.string().nullable(),
  caption: z.string(),
  hashtags: z.array(z.string()),
  mentions: z.array(z.string()),
  pinned: z.boolean().nullable(),
  paidPartnership: z.boolean().nullable(),
  /** The platform's own disclosure label, e.g. "Paid partnership", "Promotional content", "Includes paid promotion". */
  disclosureLabel: z.string().nullable(),
  sponsors: z.array(z.string()),
  /** Fields whose value the page showed rounded ("12K views"): a lower bound, not an exact count. */
  approximate: z.array(z.string()),
  /**
   * Where the creator posted it from, as the platform tagged it (TikTok locationCreated, an
   * Instagram post's location): the creator's place, never the audience's. Null when untagged.
   */
  location: z.object({ country: z.string().regex(/^[A-Z]{2}$/).nullable(), name: z.string().max(200).nullable() }).nullable().default(null),
});
export type Post = z.infer<typeof Post>;

export const Comment = z.object({
  /** The post or video the comment belongs to, when the page says. */
  postId: z.string().nullable(),
  author: z.string(),
  text: z.string(),
  likes: Count,
  publishedAt: z.string().datetime({ offset: true }).nullable(),
  publishedText: z.string().nullable(),
  pinned: z.boolean().nullable(),
  isReply: z.boolean(),
  approximate: z.array(z.string()),
  /** The platform's id of the comment, to tie replies to their thread; null when the page gave none. */
  id: z.string().max(210).nullable().default(null),
  /** The id of the top comment this reply belongs to; null for a top comment, or when unknown. */
  replyTo: z.string().max(210).nullable().default(null),
  /** The page marks its author as the creator (Instagram's post owner, TikTok's author reply, YouTube's isCreator); null when it does not say. */
  byCreator: z.boolean().nullable().default(null),
  /**
   * The creator liked or hearted it (Instagram is_liked_by_media_owner, TikTok is_author_digged,
   * YouTube's heart state). Never the viewer's own like. Null when the page does not say.
   */
  likedByCreator: z.boolean().nullable().default(null),
  /** The language the platform tagged it with (TikTok comment_language), ISO 639-1; null when not given. */
  language: z.string().regex(/^[a-z]{2,3}$/).nullable().default(null),
  /** The commenter shows the platform's default picture; null when the page does not say. */
  authorDefaultAvatar: z.boolean().nullable().default(null),
});
export type Comment = z.infer<typeof Comment>;

export const ProfileSnapshot = z.object({
  platform: PlatformId,
  handle: z.string().min(1),
  displayName: z.string().nullable(),
  profileUrl: HttpsUrl,
  followers: Count,
  following: Count,
  postsCount: Count,
  verified: z.boolean().nullable(),
  isPrivate: z.boolean().nullable(),
  bio: z.string().nullable(),
  externalLinks: z.array(z.string()),
  category: z.string().nullable(),
  /** TikTok's lifetime likes ("hearts"). */
  totalLikes: Count,
  /** YouTube's UC… channel id. */
  channelId: z.string().nullable(),
  /** The business email in the platform's own contact field (Instagram's public_email); null when the page does not show one. */
  contactEmail: z.string().max(254).regex(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i).nullable().default(null),
  /** The country the creator states (YouTube's About "country"), ISO 3166 alpha-2; never the viewer's locale. Null when not shown. */
  country: z.string().regex(/^[A-Z]{2}$/).nullable().default(null),
  posts: z.array(Post),
  /** Comments visible on an open post or video. */
  comments: z.array(Comment),
  capturedAt: z.string().datetime({ offset: true }),
  /** Field name → where it came from (e.g. followers → "payload: web_profile_info"). */
  sources: z.record(z.string(), z.string()),
  /** Profile fields the page showed only rounded ("24.1K subscribers"). */
  approximate: z.array(z.string()),
  warnings: z.array(z.string()),
  /**
   * Where two sources gave one count differently beyond rounding (an observed response against
   * the page's header, say): the exact one was kept, and the scout sees both. Older rows have none.
   */
  disagreements: z.array(z.object({
    field: z.string(),
    kept: z.object({ value: z.string(), source: z.string() }),
    other: z.object({ value: z.string(), source: z.string() }),
  })).default([]),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshot>;
