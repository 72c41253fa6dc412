import { DECISION_MARKS as ICONS, type Decision } from '@/lib/core/scoring/decision';

/**
 * The decision as a coloured pill that also carries an icon and its word, so it never rests on
 * colour alone; the strongest reason follows in small print when `reason` is set.
 */
export function DecisionPill({ decision, reason = false, testId = 'row-decision' }: { decision: Decision; reason?: boolean; testId?: string }) {
  const first = decision.reasons[0]?.text;
  return (
    <span className="dash-decision-cell" data-testid={testId} data-decision={decision.kind}>
      <span className={`dash-decision ${decision.kind}`}><span aria-hidden="true">{ICONS[decision.kind]} </span>{decision.word}</span>
      {reason && first ? <span className="dash-reason" title={decision.reasons.map((r) => r.text).join('\n')}>{first}</span> : null}
    </span>
  );
}
