import type { Tier } from '../model/scorecard';
import type { EngagementResult } from './engagement';
import { pct } from './flag';

/** The verdict's first half: who, and how they engage. */
export function verdictHead(tier: Tier | null, e: { median: number | null; verdict: EngagementResult['verdict']; benchmark: { low: number; high: number } | null }): string {
  const who = tier ? `${tier[0]?.toUpperCase()}${tier.slice(1)} creator` : 'Creator of unknown size';
  const rate = e.median === null ? 'engagement unknown'
    : `${e.verdict === 'suspiciously-high' ? 'suspiciously high' : e.verdict ?? 'unrated'} engagement (${pct(e.median)}${e.benchmark ? ` vs typical ${pct(e.benchmark.low)}–${pct(e.benchmark.high)}` : ''})`;
  return `${who}, ${rate}`;
}

/** The verdict's second half: the risks found, or how much is worth a look. */
export function verdictTail(riskIds: readonly string[], warns: number, nothingChecked: boolean): string {
  const risks = [...new Set(riskIds.map((id) => id.replace(/-/g, ' ')))];
  const tail = risks.length ? `; risks: ${risks.join(', ')}` : warns ? `; ${warns} thing(s) worth a look`
    : nothingChecked ? '; no posts visible, so nothing to judge yet' : '; no risks found';
  return `${tail}.`;
}
