import { z } from 'zod';
import { FlagId } from './findings';
import { Scorecard } from './scorecard';

/**
 * What the dashboard, its filters and the CSV read of a score, stored on each creator
 * (schema v3); the full scorecard, with its evidence, lives in its own table. Flat on
 * purpose: IndexedDB clones every object of every row it reads, and 10,000 nested
 * scorecards made the dashboard's main query take most of a second.
 */
export const ScoreSummary = z.object({
  tier: Scorecard.shape.tier,
  engagementRate: Scorecard.shape.engagementRate,
  engagementVerdict: Scorecard.shape.engagement.shape.verdict,
  /** A rounded count entered the rate: shown with "≈". */
  engagementApproximate: z.boolean().default(false),
  /** One id per flag raised (an id can repeat, as in the scorecard). */
  flags: z.array(FlagId),
  /** "UK 2/3; US 1/3": adequately disclosed commercial posts per market; null when no post is commercial. */
  disclosure: z.string().nullable(),
  /** The disclosure part of the content sub-score (0–100), null when no market has a commercial post. */
  disclosureScore: z.number().min(0).max(100).nullable(),
  valueFit: Scorecard.shape.valueFit.shape.score,
  /** The checklist as it was scored: manual item ids and the automatic items' results, so a campaign's own answers can be applied without rescoring. */
  manualItems: z.array(z.string()),
  /** How many manual items passed and failed in this score: a campaign whose answers give the same counts gives the same summary. */
  manualPass: z.number().int().nonnegative(),
  manualFail: z.number().int().nonnegative(),
  autoPass: z.number().int().nonnegative(),
  autoFail: z.number().int().nonnegative(),
  cost: z.object({ currency: z.enum(['GBP', 'USD', 'EUR']), low: z.number().nonnegative(), high: z.number().nonnegative() }).nullable(),
  summary: Scorecard.shape.summary,
  /**
   * What the risk sub-score and the verdict line are made of, apart from the manual items:
   * a manual "no" adds a warning, so a campaign's own answers move risk and verdict too.
   */
  riskIds: z.array(FlagId),
  warns: z.number().int().nonnegative(),
  /** Posts or comments were on the page to check. */
  checked: z.boolean(),
  verdictHead: z.string(),
  /** Posts in the engagement median (the decision's sample size); null in summaries stored before it was kept. */
  postsUsed: z.number().int().nonnegative().nullable().default(null),
  /** The account was private when scored: a dealbreaker for the decision. */
  isPrivate: z.boolean().default(false),
  /** The most common comment language and its share of the usable comments; null when not read. */
  topLanguage: z.object({ lang: z.string(), share: z.number().min(0).max(1) }).nullable().default(null),
  /** Visible threads the creator replied in, of those visible; null when replies were not visible. */
  repliedThreads: z.object({ replied: z.number().int().nonnegative(), threads: z.number().int().nonnegative() }).nullable().default(null),
  /** Where the creator posts from (a country code); null when not shown. */
  creatorLocation: z.string().nullable().default(null),
});
export type ScoreSummary = z.infer<typeof ScoreSummary>;
