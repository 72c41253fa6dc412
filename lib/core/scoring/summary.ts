import { findingCount, type Flag, type JurisdictionVerdict } from '../model/findings';
import type { Tier } from '../model/scorecard';
import type { EngagementResult } from './engagement';
import { disclosureScore } from './summary-of';
import { verdictHead, verdictTail } from './verdict';

const VERDICT_POINTS = { low: 35, typical: 70, high: 90, 'suspiciously-high': 45 } as const;
const ENGAGEMENT_ANOMALIES = new Set(['engagement-outlier', 'engagement-inconsistent', 'like-comment-ratio', 'view-follower-ratio', 'follower-spike', 'generic-comments']);
const WEIGHTS = { metrics: 0.4, content: 0.3, risk: 0.3 } as const;

export interface Summary {
  metrics: number | null;
  content: number | null;
  risk: number | null;
  overall: number | null;
  verdict: string;
}

/**
 * Three sub-scores, all higher-is-better, and a one-line verdict. A sub-score with
 * nothing to judge is null and left out of the overall, never counted as 0.
 */
export function summarize(tier: Tier | null, e: EngagementResult, flags: Flag[], valueFitScore: number | null, markets: JurisdictionVerdict[], evidence: { posts: number; comments: number }): Summary {
  const anomalies = flags.filter((f) => ENGAGEMENT_ANOMALIES.has(f.id)).length;
  const metrics = e.verdict === null ? null : clamp(VERDICT_POINTS[e.verdict] - 10 * anomalies);
  const content = contentScore(valueFitScore, disclosureScore(markets));
  const nothingChecked = isNothingChecked(evidence.posts + evidence.comments > 0, findingCount(flags.map((f) => f.id)));
  const riskIds = flags.filter((f) => f.severity === 'risk').map((f) => f.id);
  const warns = flags.filter((f) => f.severity === 'warn').length;
  const risk = riskScore(riskIds.length, warns, nothingChecked);
  const overall = overallScore(metrics, content, risk, evidence.posts + evidence.comments > 0);
  return { metrics, content, risk, overall, verdict: `${verdictHead(tier, e)}${verdictTail(riskIds, warns, nothingChecked)}` };
}

/** With no post and no comment to check, and nothing found, "no risk found" would be a claim we cannot make. */
export function isNothingChecked(sawPostsOrComments: boolean, findings: number): boolean {
  return !sawPostsOrComments && findings === 0;
}

/** 100 less 25 per risk and 10 per warning; null when nothing was checked. */
export function riskScore(risks: number, warns: number, nothingChecked: boolean): number | null {
  return nothingChecked ? null : clamp(100 - 25 * risks - 10 * warns);
}

/** Value fit and disclosure habits (see disclosureScore), averaged over what is known; null when neither is. */
export function contentScore(valueFitScore: number | null, disclosure: number | null): number | null {
  const parts = [...(valueFitScore === null ? [] : [valueFitScore * 100]), ...(disclosure === null ? [] : [disclosure])];
  return parts.length ? clamp(avg(parts)) : null;
}

/**
 * The weighted overall of the known sub-scores. Without engagement and with no post or comment
 * seen (a private account), only the scout's own answers would be left: that is no vetting, so
 * no overall.
 */
export function overallScore(metrics: number | null, content: number | null, risk: number | null, sawPostsOrComments: boolean): number | null {
  if (metrics === null && !sawPostsOrComments) return null;
  const scored = ([['metrics', metrics], ['content', content], ['risk', risk]] as const).filter(([, v]) => v !== null) as [keyof typeof WEIGHTS, number][];
  const weight = scored.reduce((s, [k]) => s + WEIGHTS[k], 0);
  // Risk alone is an absence of findings, not a judgement: it never makes an overall by itself.
  return weight > 0 && (metrics !== null || content !== null) ? clamp(scored.reduce((s, [k, v]) => s + WEIGHTS[k] * v, 0) / weight) : null;
}

const clamp = (n: number) => Math.round(Math.min(100, Math.max(0, n)));
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
