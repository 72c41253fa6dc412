import type { Flag, JurisdictionVerdict } from '../model/findings';
import type { Tier } from '../model/scorecard';
import type { EngagementResult } from './engagement';
import { pct } from './flag';
import { disclosureScore } from '../model/score-summary';

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
  // With no post and no comment to check, "no risk found" would be a claim we cannot make.
  const nothingChecked = evidence.posts === 0 && evidence.comments === 0 && flags.length === 0;
  const risk = nothingChecked ? null : clamp(100 - 25 * flags.filter((f) => f.severity === 'risk').length - 10 * flags.filter((f) => f.severity === 'warn').length);
  const overall = overallScore(metrics, content, risk);
  return { metrics, content, risk, overall, verdict: verdictLine(tier, e, flags, nothingChecked) };
}

/** Value fit and disclosure habits (see disclosureScore), averaged over what is known; null when neither is. */
export function contentScore(valueFitScore: number | null, disclosure: number | null): number | null {
  const parts = [...(valueFitScore === null ? [] : [valueFitScore * 100]), ...(disclosure === null ? [] : [disclosure])];
  return parts.length ? clamp(avg(parts)) : null;
}

/** The weighted overall of the known sub-scores. */
export function overallScore(metrics: number | null, content: number | null, risk: number | null): number | null {
  const scored = ([['metrics', metrics], ['content', content], ['risk', risk]] as const).filter(([, v]) => v !== null) as [keyof typeof WEIGHTS, number][];
  const weight = scored.reduce((s, [k]) => s + WEIGHTS[k], 0);
  // Risk alone is an absence of findings, not a judgement: it never makes an overall by itself.
  return weight > 0 && (metrics !== null || content !== null) ? clamp(scored.reduce((s, [k, v]) => s + WEIGHTS[k] * v, 0) / weight) : null;
}

function verdictLine(tier: Tier | null, e: EngagementResult, flags: Flag[], nothingChecked: boolean): string {
  const who = tier ? `${tier[0]?.toUpperCase()}${tier.slice(1)} creator` : 'Creator of unknown size';
  const rate = e.median === null ? 'engagement unknown'
    : `${e.verdict === 'suspiciously-high' ? 'suspiciously high' : e.verdict ?? 'unrated'} engagement (${pct(e.median)}${e.benchmark ? ` vs typical ${pct(e.benchmark.low)}–${pct(e.benchmark.high)}` : ''})`;
  const risks = [...new Set(flags.filter((f) => f.severity === 'risk').map((f) => f.id.replace(/-/g, ' ')))];
  const warns = flags.filter((f) => f.severity === 'warn').length;
  const tail = risks.length ? `; risks: ${risks.join(', ')}` : warns ? `; ${warns} thing(s) worth a look`
    : nothingChecked ? '; no posts visible, so nothing to judge yet' : '; no risks found';
  return `${who}, ${rate}${tail}.`;
}

const clamp = (n: number) => Math.round(Math.min(100, Math.max(0, n)));
const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
