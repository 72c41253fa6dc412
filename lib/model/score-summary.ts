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
  autoPass: z.number().int().nonnegative(),
  autoFail: z.number().int().nonnegative(),
  cost: z.object({ currency: z.enum(['GBP', 'USD', 'EUR']), low: z.number().nonnegative(), high: z.number().nonnegative() }).nullable(),
  summary: Scorecard.shape.summary,
});
export type ScoreSummary = z.infer<typeof ScoreSummary>;

type Markets = Scorecard['disclosure']['markets'];

/** The export's disclosure cell. */
export function disclosureCell(markets: Array<Pick<Markets[number], 'market' | 'commercialPosts' | 'adequatelyDisclosed'>>): string | null {
  const parts = markets.filter((m) => m.commercialPosts > 0).map((m) => `${m.market} ${m.adequatelyDisclosed}/${m.commercialPosts}`);
  return parts.length ? parts.join('; ') : null;
}

/** The mean share adequately disclosed, ×100, over the markets that have a share: what the content sub-score averages in. */
export function disclosureScore(markets: Array<Pick<Markets[number], 'share'>>): number | null {
  const shares = markets.filter((m) => m.share !== null).map((m) => (m.share as number) * 100);
  return shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null;
}

/**
 * The summary of a full scorecard. Scorecards stored before `approximate` existed
 * lack it; they read as exact, as they did then.
 */
export function summaryOf(card: Scorecard): ScoreSummary {
  const items = card.valueFit.items;
  return {
    tier: card.tier,
    engagementRate: card.engagementRate,
    engagementVerdict: card.engagement.verdict,
    engagementApproximate: card.engagement.approximate === true,
    flags: card.flags.map((f) => f.id),
    disclosure: disclosureCell(card.disclosure.markets),
    disclosureScore: disclosureScore(card.disclosure.markets),
    valueFit: card.valueFit.score,
    manualItems: items.filter((i) => i.kind === 'manual').map((i) => i.id),
    autoPass: items.filter((i) => i.kind === 'auto' && i.status === 'pass').length,
    autoFail: items.filter((i) => i.kind === 'auto' && i.status === 'fail').length,
    cost: card.cost ? { currency: card.cost.currency, low: card.cost.low, high: card.cost.high } : null,
    summary: { ...card.summary },
  };
}
