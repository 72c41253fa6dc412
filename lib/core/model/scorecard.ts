import { z } from 'zod';
import { Flag, GenericKind, JurisdictionVerdict, PostDisclosure } from './findings';
import { Audience, Responsiveness } from './audience';

export const Tier = z.enum(['nano', 'micro', 'macro', 'mega']);
export type Tier = z.infer<typeof Tier>;

const Fraction = z.number().nonnegative();
const SubScore = z.number().min(0).max(100).nullable();

export const EngagementCard = z.object({
  formula: z.string(),
  measure: z.enum(['per-follower', 'per-view', 'views-per-subscriber']),
  median: Fraction.nullable(),
  mean: Fraction.nullable(),
  perPost: z.array(z.object({ postId: z.string(), rate: Fraction })),
  secondary: z.object({ formula: z.string(), median: Fraction.nullable(), mean: Fraction.nullable() }).nullable(),
  excluded: z.object({ pinned: z.array(z.string()), recent: z.array(z.string()), hidden: z.array(z.string()), missing: z.array(z.string()) }),
  benchmark: z.object({ low: Fraction, high: Fraction, measure: z.string(), source: z.string() }).nullable(),
  verdict: z.enum(['low', 'typical', 'high', 'suspiciously-high']).nullable(),
  /** A rounded count entered the rate; shown with "≈". Defaulted for scorecards stored before it existed. */
  approximate: z.boolean().default(false),
});

export const Scorecard = z.object({
  /**
   * The page did not show followers (a post or video page), so the count is the creator's from the
   * scout's last visit that had one, said as such. Null when the page showed them, or nothing did.
   */
  followersFrom: z.object({ followers: z.number().int().nonnegative(), capturedAt: z.string(), approximate: z.boolean() }).nullable().default(null),
  tier: Tier.nullable(),
  /** HypeAuditor's finer band ("5k–20k"), where it helps place a creator. */
  tierBand: z.string().nullable(),
  /** The headline rate: the median of the platform's primary formula, a fraction such as 0.034, or null. */
  engagementRate: Fraction.nullable(),
  engagementFormula: z.string(),
  /** Posts that entered the median. */
  postsUsed: z.number().int().nonnegative(),
  /** What was left out and why, and why a value is unknown. */
  notes: z.array(z.string()),
  engagement: EngagementCard,
  flags: z.array(Flag),
  disclosure: z.object({ posts: z.array(PostDisclosure), markets: z.array(JurisdictionVerdict) }),
  genericComments: z.object({
    share: Fraction.nullable(), generic: z.number().int(), total: z.number().int(),
    examples: z.array(z.object({ text: z.string(), kind: GenericKind })),
  }),
  valueFit: z.object({
    score: Fraction.nullable(),
    items: z.array(z.object({
      id: z.string(), label: z.string(), kind: z.enum(['auto', 'manual']), status: z.enum(['pass', 'fail', 'unanswered']),
      matches: z.array(z.object({ word: z.string(), where: z.string(), avoid: z.boolean() })),
    })),
  }),
  competitors: z.array(z.object({
    competitor: z.string(), postId: z.string(), publishedAt: z.string().nullable(), matched: z.array(z.string()), withinExclusivity: z.boolean().nullable(),
  })),
  cost: z.object({
    currency: z.enum(['GBP', 'USD', 'EUR']), low: Fraction, high: Fraction, basis: z.string(),
    perEngagement: z.object({ low: Fraction, high: Fraction }).nullable(),
  }).nullable(),
  /** What the visible comments and posts say about who engages (no audience country, no fake share). Null in scorecards stored before it. */
  audience: Audience.nullable().default(null),
  /** The creator's replies, likes and pins among the visible comments. Null in scorecards stored before it. */
  responsiveness: Responsiveness.nullable().default(null),
  /** 0–100, higher is better; a risk score of 100 means no risk found. Null when there is nothing to judge. */
  summary: z.object({ metrics: SubScore, content: SubScore, risk: SubScore, overall: SubScore, verdict: z.string() }),
});
export type Scorecard = z.infer<typeof Scorecard>;
