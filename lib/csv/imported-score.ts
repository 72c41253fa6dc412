import { Market, type FlagId } from '../model/findings';
import type { Scorecard } from '../model/scorecard';
import type { PlatformId } from '../model/snapshot';
import type { CsvRow } from './columns';

const NOTE = 'Imported from a shortlist CSV: only its summary cells are known. Score the profile to see the evidence.';
const MEASURE = { instagram: 'per-follower', tiktok: 'per-view', youtube: 'views-per-subscriber' } as const;

/** "UK 2/3; US 1/3" → markets, or null when the text is not in that form. */
export function parseDisclosure(cell: string): Array<{ market: Market; ok: number; of: number }> | null {
  const parts = cell.split(';').map((p) => p.trim()).filter(Boolean);
  const out = parts.map((p) => /^([A-Z]{2}) (\d+)\/(\d+)$/.exec(p)).map((m) => {
    const market = Market.safeParse(m?.[1]);
    return m && market.success && Number(m[2]) <= Number(m[3]) && Number(m[3]) > 0 ? { market: market.data, ok: Number(m[2]), of: Number(m[3]) } : null;
  });
  return out.every((x) => x !== null) ? out : null;
}

/** "150–300" (the export's en dash; a hyphen is accepted too) → range, or null. */
export function parseCost(cell: string): { low: number; high: number } | null {
  const m = /^(\d+(?:\.\d+)?)\s*[–-]\s*(\d+(?:\.\d+)?)$/.exec(cell.trim());
  return m && Number(m[1]) <= Number(m[2]) ? { low: Number(m[1]), high: Number(m[2]) } : null;
}

const n = (v: string | number | null): number | null => (typeof v === 'number' ? v : null);
const s = (v: string | number | null): string => (v === null ? '' : String(v));

/**
 * A scorecard that holds exactly what a CSV row says, and nothing made up: unknown parts
 * stay null or empty, and a note says the evidence is missing. Exporting it again gives
 * back the same cells, so a teammate's row survives a round trip through this browser.
 */
export function scorecardOfRow(c: CsvRow, platform: PlatformId): Scorecard {
  const rate = n(c.engagement_rate);
  const cost = parseCost(s(c.est_cost));
  const currency = c.currency === 'GBP' || c.currency === 'USD' || c.currency === 'EUR' ? c.currency : null;
  return {
    tier: (c.tier as Scorecard['tier']) ?? null,
    tierBand: null,
    engagementRate: rate,
    engagementFormula: '',
    postsUsed: 0,
    notes: [NOTE],
    engagement: {
      formula: '', measure: MEASURE[platform], median: rate, mean: null, perPost: [], secondary: null,
      excluded: { pinned: [], recent: [], hidden: [], missing: [] }, benchmark: null,
      verdict: (c.engagement_verdict as Scorecard['engagement']['verdict']) ?? null,
      // The CSV does not say whether the rate came from rounded counts.
      approximate: false,
    },
    // Severity is not in the CSV: 'info' keeps an imported flag from weighing on anything.
    flags: s(c.flags).split(';').map((x) => x.trim()).filter(Boolean).map((id) => ({ id: id as FlagId, severity: 'info' as const, message: NOTE, evidence: { postIds: [], numbers: {} } })),
    disclosure: {
      posts: [],
      markets: (parseDisclosure(s(c.disclosure)) ?? []).map((d) => ({ market: d.market, rule: 'imported', commercialPosts: d.of, adequatelyDisclosed: d.ok, share: d.ok / d.of, postsAtFault: [] })),
    },
    genericComments: { share: null, generic: 0, total: 0, examples: [] },
    valueFit: { score: n(c.value_fit), items: [] },
    competitors: [],
    cost: cost && currency ? { currency, low: cost.low, high: cost.high, basis: 'imported', perEngagement: null } : null,
    summary: { metrics: n(c.metrics), content: n(c.content), risk: n(c.risk), overall: n(c.overall), verdict: 'Imported from CSV' },
  };
}
