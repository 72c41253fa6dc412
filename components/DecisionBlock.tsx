import { DECISION_MARKS as MARK, type Decision } from '@/lib/core/scoring/decision';
import { evidenceId, openEvidence } from './evidence-anchor';

/**
 * The decision, its word first ("Shortlist", "Check", "Skip") and a mark beside it, so it never
 * rests on colour; then the two reasons that drove it, each a link to its evidence below.
 */
export function DecisionBlock({ decision }: { decision: Decision }) {
  return (
    <section className={`decision ${decision.kind}`} data-testid="decision" data-kind={decision.kind} aria-label="Decision">
      <p className="decision-word"><strong>{decision.word}</strong> <span aria-hidden="true">{MARK[decision.kind]}</span></p>
      <ul className="reasons">
        {decision.reasons.slice(0, 2).map((r) => (
          <li key={r.text} data-anchor={r.anchor}>
            <a href={`#${evidenceId(r.anchor)}`} onClick={(e) => { e.preventDefault(); openEvidence(r.anchor); }}>
              {r.dealbreaker ? <span className="visually-hidden">Dealbreaker: </span> : null}{r.text}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
