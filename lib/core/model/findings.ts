import { z } from 'zod';

/** Stable flag ids: the CSV and the dashboard filters use them, so never rename one. */
export const FlagId = z.enum([
  'engagement-low', 'engagement-high', 'engagement-outlier', 'engagement-inconsistent',
  'like-comment-ratio', 'view-follower-ratio', 'follower-spike', 'generic-comments', 'posting-gap',
  'hidden-likes', 'undisclosed-sponsorship', 'ambiguous-disclosure', 'buried-disclosure',
  'competitor-mention', 'value-fit-fail', 'rounded-followers', 'approximate-engagement', 'reader-disagreement',
  'language-mismatch',
]);
export type FlagId = z.infer<typeof FlagId>;

/** Flags about how the page showed its numbers, not about the creator: they never count as something found. */
const DATA_NOTES: ReadonlySet<FlagId> = new Set(['rounded-followers', 'approximate-engagement', 'reader-disagreement']);
export const isFinding = (id: FlagId): boolean => !DATA_NOTES.has(id);
/** How many flags say something about the creator. */
export const findingCount = (ids: readonly FlagId[]): number => ids.filter(isFinding).length;

export const Severity = z.enum(['info', 'warn', 'risk']);
export type Severity = z.infer<typeof Severity>;

/** What triggered a flag: the posts, and the numbers a scout can check by hand. */
export const Evidence = z.object({
  postIds: z.array(z.string()),
  numbers: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type Evidence = z.infer<typeof Evidence>;

export const Flag = z.object({
  id: FlagId,
  severity: Severity,
  /** One plain sentence; anomalies say "worth a look", never "fraud". */
  message: z.string(),
  evidence: Evidence,
});
export type Flag = z.infer<typeof Flag>;

export const MarkerStrength = z.enum(['platform-label', 'clear', 'gifted', 'ambiguous', 'commercial-signal']);
export type MarkerStrength = z.infer<typeof MarkerStrength>;

/** One disclosure marker or commercial signal found in a caption, and where it sits. */
export const Marker = z.object({
  text: z.string(),
  strength: MarkerStrength,
  /** Character offset in the caption; -1 for a platform label, which is not in the text. */
  position: z.number().int(),
  placement: z.enum(['upfront', 'buried', 'label']),
});
export type Marker = z.infer<typeof Marker>;

export const DisclosureStatus = z.enum(['platform-label', 'clear', 'gifted', 'ambiguous', 'undisclosed-commercial', 'none']);
export type DisclosureStatus = z.infer<typeof DisclosureStatus>;

export const PostDisclosure = z.object({
  postId: z.string(),
  status: DisclosureStatus,
  markers: z.array(Marker),
});
export type PostDisclosure = z.infer<typeof PostDisclosure>;

export const Market = z.enum(['UK', 'US', 'DE', 'FR', 'IE']);
export type Market = z.infer<typeof Market>;

export const JurisdictionVerdict = z.object({
  market: Market,
  /** The rule behind the verdict, to forward to legal. */
  rule: z.string(),
  commercialPosts: z.number().int().nonnegative(),
  adequatelyDisclosed: z.number().int().nonnegative(),
  /** adequatelyDisclosed / commercialPosts, or null when no post is commercial. */
  share: z.number().min(0).max(1).nullable(),
  postsAtFault: z.array(z.object({ postId: z.string(), reason: z.string() })),
});
export type JurisdictionVerdict = z.infer<typeof JurisdictionVerdict>;

export const GenericKind = z.enum(['emoji-only', 'generic-phrase', 'mention-only']);
export type GenericKind = z.infer<typeof GenericKind>;
