import type { FlagId } from '../model/findings';
import type { Scorecard } from '../model/scorecard';
import { formatCompact, formatRate } from '../format/number';
import { confidenceOf, type Confidence } from './confidence';
import { FLAG_WORDS } from '../format/flag-words';

export type DecisionKind = 'shortlist' | 'check' | 'skip';

/** Where a reason's evidence sits below the first screen: each reason links there. */
export type EvidenceAnchor = 'account' | 'followers' | 'engagement' | 'flags' | 'disclosure' | 'competitors' | 'value-fit';

export interface DecisionReason {
  text: string;
  anchor: EvidenceAnchor;
  /** A dealbreaker caps the decision, whatever the overall score. */
  dealbreaker: boolean;
}

export interface Decision {
  kind: DecisionKind;
  /** "Shortlist", "Check" or "Skip": the word that starts the decision line. */
  word: string;
  /** Every reason, strongest first; the first screen shows two. */
  reasons: DecisionReason[];
  confidence: Confidence;
}

/** What the decision reads: the panel gives it from the scorecard, the dashboard from its row. */
export interface DecisionInput {
  followers: number | null;
  followersApproximate: boolean;
  isPrivate: boolean;
  /** Flags raised, with their sentence where the caller has it (the panel does, the dashboard row does not). */
  flags: ReadonlyArray<{ id: FlagId; message?: string }>;
  /** Ids of the flags raised at risk severity. */
  riskIds: readonly FlagId[];
  engagementRate: number | null;
  engagementApproximate: boolean;
  engagementVerdict: Scorecard['engagement']['verdict'];
  benchmark: { low: number; high: number } | null;
  overall: number | null;
  /** Posts that entered the engagement median; null when unknown (a row stored before it was kept). */
  postsUsed: number | null;
}

/** The part of a campaign's brief the decision reads. */
export interface DecisionBrief {
  followerRange: { low: number; high: number } | null;
}

/** Overall score at or above which a creator with no risk and a fair sample is worth shortlisting. */
export const SHORTLIST_AT = 70;
/** Overall score below which a creator is not worth a scout's time. */
export const SKIP_BELOW = 45;

const WORDS: Record<DecisionKind, string> = { shortlist: 'Shortlist', check: 'Check', skip: 'Skip' };
/** Where a rate sits against its typical band, in the words the panel and the reasons share. */
export const BAND_WORDS = { low: 'below', typical: 'within', high: 'above', 'suspiciously-high': 'far above' } as const;
/** The mark beside the word, the same in the panel and the team table, so a decision never rests on colour. */
export const DECISION_MARKS: Record<DecisionKind, string> = { shortlist: '✓', check: '?', skip: '✗' };
const RANK: Record<DecisionKind, number> = { skip: 0, check: 1, shortlist: 2 };
const lower = (a: DecisionKind, b: DecisionKind): DecisionKind => (RANK[a] <= RANK[b] ? a : b);

/**
 * Shortlist, Check or Skip, with the reasons that drove it. Pure: the rules are written out in
 * README ("How Microscope decides"). Dealbreakers cap the decision: a private account, a competitor
 * post inside the exclusivity window or followers outside the brief make it Skip; an undisclosed
 * ad or suspiciously high engagement make it at best Check. Otherwise the overall score decides,
 * and Shortlist also needs no risk flag and a sample of at least a medium size.
 */
export function decide(input: DecisionInput, brief: DecisionBrief): Decision {
  const confidence = confidenceOf(input.postsUsed);
  const breakers = dealbreakers(input, brief);
  const cap = breakers.reduce<DecisionKind>((k, b) => lower(k, b.cap), 'shortlist');
  const base = baseDecision(input, confidence.level);
  const kind = lower(cap, base.kind);
  const reasons = [...breakers.map((b) => b.reason), ...base.reasons];
  return { kind, word: WORDS[kind], reasons: dedupe(reasons), confidence };
}

interface Breaker { cap: DecisionKind; reason: DecisionReason }

function dealbreakers(input: DecisionInput, brief: DecisionBrief): Breaker[] {
  const out: Breaker[] = [];
  const flagText = (id: FlagId) => input.flags.find((f) => f.id === id)?.message;
  if (input.isPrivate) out.push({ cap: 'skip', reason: { text: 'Private account: its posts cannot be vetted', anchor: 'account', dealbreaker: true } });
  if (input.flags.some((f) => f.id === 'competitor-mention')) {
    out.push({ cap: 'skip', reason: { text: flagText('competitor-mention') ?? 'Competitor post inside the exclusivity window', anchor: 'competitors', dealbreaker: true } });
  }
  const range = brief.followerRange;
  if (range && input.followers !== null && (input.followers < range.low || input.followers > range.high)) {
    const who = `${formatCompact(input.followers, input.followersApproximate)} followers, outside your ${formatCompact(range.low)}–${formatCompact(range.high)} brief`;
    // A rounded count ("1.2M") near the edge may be inside: a look, not a skip.
    out.push({ cap: input.followersApproximate && nearEdge(input.followers, range) ? 'check' : 'skip', reason: { text: who, anchor: 'followers', dealbreaker: true } });
  }
  if (input.flags.some((f) => f.id === 'undisclosed-sponsorship')) {
    out.push({ cap: 'check', reason: { text: flagText('undisclosed-sponsorship') ?? 'Undisclosed ad: a post looks sponsored but carries no disclosure', anchor: 'disclosure', dealbreaker: true } });
  }
  if (input.engagementVerdict === 'suspiciously-high') {
    out.push({ cap: 'check', reason: { text: `Engagement ${engagementWords(input)}: worth a look before you contact them`, anchor: 'engagement', dealbreaker: true } });
  }
  return out;
}

/** Within 5% of a bound: rounding to "12.3K" or "1.2M" can hide that much. */
function nearEdge(n: number, r: { low: number; high: number }): boolean {
  return Math.abs(n - r.low) <= r.low * 0.05 || Math.abs(n - r.high) <= r.high * 0.05;
}

function baseDecision(input: DecisionInput, level: Confidence['level']): { kind: DecisionKind; reasons: DecisionReason[] } {
  const engagement: DecisionReason | null = input.engagementRate === null ? null : { text: `Engagement ${engagementWords(input)}`, anchor: 'engagement', dealbreaker: false };
  const risks = [...new Set(input.riskIds)].map((id): DecisionReason => ({ text: input.flags.find((f) => f.id === id)?.message ?? `Risk: ${FLAG_WORDS[id]}`, anchor: anchorOf(id), dealbreaker: false }));
  if (input.overall === null) {
    return { kind: 'check', reasons: [{ text: 'Not enough on this page to judge: open the profile and score it', anchor: 'engagement', dealbreaker: false }] };
  }
  if (input.overall < SKIP_BELOW) return { kind: 'skip', reasons: [...(engagement ? [engagement] : []), ...risks, { text: `Overall ${Math.round(input.overall)} of 100, below ${SKIP_BELOW}`, anchor: 'flags', dealbreaker: false }] };
  if (risks.length) return { kind: 'check', reasons: [...risks, ...(engagement ? [engagement] : [])] };
  if (input.overall < SHORTLIST_AT) return { kind: 'check', reasons: [...(engagement ? [engagement] : []), { text: `Overall ${Math.round(input.overall)} of 100, below ${SHORTLIST_AT}`, anchor: 'flags', dealbreaker: false }] };
  if (level === 'low' || level === 'none' || level === 'unknown') {
    const sample = input.postsUsed === null ? 'Sample size unknown: score the creator again to count its posts' : `Only ${input.postsUsed} post(s) to judge: read more before deciding`;
    return { kind: 'check', reasons: [{ text: sample, anchor: 'engagement', dealbreaker: false }, ...(engagement ? [engagement] : [])] };
  }
  return { kind: 'shortlist', reasons: [...(engagement ? [engagement] : []), { text: `No risks found in ${input.postsUsed} posts`, anchor: 'flags', dealbreaker: false }] };
}

function engagementWords(input: DecisionInput): string {
  const rate = formatRate(input.engagementRate, input.engagementApproximate);
  if (!input.benchmark || !input.engagementVerdict) return rate;
  const where = BAND_WORDS[input.engagementVerdict];
  return `${rate}, ${where} the typical ${formatRate(input.benchmark.low)}–${formatRate(input.benchmark.high)}`;
}

function anchorOf(id: FlagId): EvidenceAnchor {
  if (id === 'competitor-mention') return 'competitors';
  if (id === 'undisclosed-sponsorship' || id === 'ambiguous-disclosure' || id === 'buried-disclosure') return 'disclosure';
  if (id === 'value-fit-fail') return 'value-fit';
  return 'flags';
}

function dedupe(reasons: DecisionReason[]): DecisionReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => !seen.has(r.text) && seen.add(r.text));
}
