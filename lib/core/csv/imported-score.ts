import { Market, type FlagId } from '../model/findings';
import type { ScoreSummary } from '../model/score-summary';
import { disclosureCell, disclosureScore } from '../scoring/summary-of';
import type { CsvRow } from './columns';

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

/** The flags cell as ids; import-row.ts has already refused an unknown id. */
export const flagsOf = (c: CsvRow): FlagId[] => s(c.flags).split(';').map((x) => x.trim()).filter(Boolean) as FlagId[];

/**
 * A score summary that holds exactly what a CSV row says, and nothing made up: unknown parts
 * stay null or empty. Exporting it again gives back the same cells, so a teammate's row
 * survives a round trip through this browser. There is no evidence behind it, and no full
 * scorecard is stored for it.
 */
export function summaryOfRow(c: CsvRow): ScoreSummary {
  const rate = n(c.engagement_rate);
  const cost = parseCost(s(c.est_cost));
  const currency = c.currency === 'GBP' || c.currency === 'USD' || c.currency === 'EUR' ? c.currency : null;
  const markets = (parseDisclosure(s(c.disclosure)) ?? []).map((d) => ({ market: d.market, commercialPosts: d.of, adequatelyDisclosed: d.ok, share: d.ok / d.of }));
  return {
    tier: (c.tier as ScoreSummary['tier']) ?? null,
    engagementRate: rate,
    engagementVerdict: (c.engagement_verdict as ScoreSummary['engagementVerdict']) ?? null,
    engagementApproximate: rate !== null && flagsOf(c).includes('approximate-engagement'),
    flags: flagsOf(c),
    disclosure: disclosureCell(markets),
    disclosureScore: disclosureScore(markets),
    valueFit: n(c.value_fit),
    // The checklist items are not in the CSV, only the share that passed: no campaign answers can be re-applied.
    manualItems: [],
    manualPass: 0,
    manualFail: 0,
    autoPass: 0,
    autoFail: 0,
    cost: cost && currency ? { currency, low: cost.low, high: cost.high } : null,
    summary: { metrics: n(c.metrics), content: n(c.content), risk: n(c.risk), overall: n(c.overall), verdict: 'Imported from CSV' },
    // Only used to apply a campaign's answers, which an imported row (no manual items) never gets.
    riskIds: [],
    warns: 0,
    checked: false,
    verdictHead: 'Imported from CSV',
    // The CSV has no sample size or privacy column: unknown, so an imported row never reads as Shortlist on its own.
    postsUsed: null,
    isPrivate: false,
    ...audienceCells(c),
  };
}

/** The audience columns as the export wrote them ("de" 0.62, "3/6", "GB"); empty cells stay unknown. */
function audienceCells(c: CsvRow): Pick<ScoreSummary, 'topLanguage' | 'repliedThreads' | 'creatorLocation'> {
  const share = n(c.language_share);
  const replied = /^(\d+)(?: of |\/)(\d+)$/.exec(s(c.replied_threads));
  return {
    topLanguage: c.top_language && share !== null ? { lang: s(c.top_language), share } : null,
    repliedThreads: replied ? { replied: Number(replied[1]), threads: Number(replied[2]) } : null,
    creatorLocation: c.creator_location ? s(c.creator_location) : null,
  };
}
