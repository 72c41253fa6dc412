import { isFinding } from '../model/findings';
import type { Scorecard } from '../model/scorecard';
import type { ProfileSnapshot } from '../model/snapshot';
import type { Decision } from '../scoring/decision';
import { traitsOf } from '../platforms/traits';
import { formatCount, formatMoney, formatRate } from './number';

/** "1 of 3 answered: 1 passes": a share of answered items alone hides how little was answered. */
export function valueFitWords(valueFit: Scorecard['valueFit']): string {
  const items = valueFit.items;
  if (items.length === 0) return 'no checklist yet';
  const answered = items.filter((i) => i.status !== 'unanswered');
  if (answered.length === 0) return `0 of ${items.length} answered`;
  const passing = answered.filter((i) => i.status === 'pass').length;
  return `${answered.length} of ${items.length} answered: ${passing} pass${passing === 1 ? 'es' : ''}`;
}

export interface MarketMark { market: string; ok: boolean | null; text: string }

/** Per market: ✓ when every commercial post is disclosed well, ✗ when one is not, no mark when none is commercial. */
export function disclosureMarks(markets: Scorecard['disclosure']['markets']): MarketMark[] {
  return markets.map((m) => {
    if (m.share === null) return { market: m.market, ok: null, text: `${m.market} – no ads seen` };
    const ok = m.adequatelyDisclosed === m.commercialPosts;
    return { market: m.market, ok, text: `${m.market} ${ok ? '✓' : '✗'} ${m.adequatelyDisclosed}/${m.commercialPosts}` };
  });
}

/** The fee estimate as a range, "£200–£400", or null when unknown. */
export function feeWords(cost: Scorecard['cost']): string | null {
  if (!cost) return null;
  return `${formatMoney({ amount: cost.low, currency: cost.currency })}–${formatMoney({ amount: cost.high, currency: cost.currency })}`;
}

export interface SummaryInput {
  snapshot: ProfileSnapshot;
  score: Scorecard;
  decision: Decision;
  /** The campaign and brand the score is for, when there is one. */
  campaign: string | null;
  brandName: string;
}

/**
 * A short plain-text summary to paste into a chat message: who, where, the decision and why, the
 * key numbers, and each flag on a line. Plain text only: it is pasted, never rendered as HTML.
 */
export function summaryText({ snapshot, score, decision, campaign, brandName }: SummaryInput): string {
  const name = snapshot.displayName?.trim() || snapshot.handle;
  const platform = traitsOf(snapshot.platform);
  const followers = snapshot.followers ?? score.followersFrom?.followers ?? null;
  const rounded = snapshot.followers !== null ? snapshot.approximate.includes('followers') : score.followersFrom?.approximate ?? false;
  const band = score.engagement.benchmark;
  const scoredFor = [brandName, campaign].filter(Boolean).join(' · ');
  const lines = [
    `${name} (@${snapshot.handle}, ${platform.name})`,
    snapshot.profileUrl,
    `${decision.word}${scoredFor ? ` (scored for ${scoredFor})` : ''}`,
    ...decision.reasons.slice(0, 2).map((r) => `- ${r.text}`),
    `${platform.followersWord}: ${formatCount(followers, rounded)}${score.tier ? ` (${score.tier})` : ''}`,
    `Engagement: ${formatRate(score.engagementRate, score.engagement.approximate)}${band ? ` (typical ${formatRate(band.low)}–${formatRate(band.high)})` : ''} · ${decision.confidence.label}`,
  ];
  const marks = disclosureMarks(score.disclosure.markets);
  if (marks.length) lines.push(`Disclosure: ${marks.map((m) => m.text).join(', ')}`);
  if (score.valueFit.items.length) lines.push(`Value fit: ${valueFitWords(score.valueFit)}`);
  const fee = feeWords(score.cost);
  if (fee) lines.push(`Fee estimate: ${fee} per post`);
  // Notes on rounded numbers are about the page, not the creator: they are not flags.
  const flags = score.flags.filter((f) => isFinding(f.id));
  lines.push(flags.length ? 'Flags:' : 'Flags: none');
  for (const f of flags) lines.push(`- ${f.message}`);
  return lines.join('\n');
}
