import type { Scorecard } from '@/lib/model/scorecard';

const STATUS = { pass: '✓ pass', fail: '✗ fail', unanswered: '? unanswered' } as const;

type Answer = 'yes' | 'no' | 'unsure';

export function ValueFitList({ valueFit, onAnswer }: { valueFit: Scorecard['valueFit']; onAnswer?: (itemId: string, answer: Answer) => void }) {
  if (valueFit.items.length === 0) return <p className="muted">No value checklist yet: add one in the options page.</p>;
  return (
    <section aria-label="Value fit" data-testid="value-fit">
      <p>Value fit: {valueFit.score === null ? 'nothing answered yet' : `${Math.round(valueFit.score * 100)}% of answered items pass`}</p>
      <ul>
        {valueFit.items.map((i) => (
          <li key={i.id} data-item={i.id} data-status={i.status}>
            {STATUS[i.status]} — {i.label}{i.kind === 'manual' ? ' (your call)' : ''}
            {i.matches.length > 0 ? <span className="muted"> · {i.matches.slice(0, 5).map((m) => `“${m.word}” in ${m.where === 'bio' ? 'bio' : `post ${m.where}`}`).join(', ')}</span> : null}
            {i.kind === 'manual' && onAnswer ? (
              <span role="group" aria-label={`Answer: ${i.label}`} className="answers">
                {(['yes', 'no', 'unsure'] as const).map((a) => (
                  <button key={a} type="button" className="secondary" data-answer={a} aria-pressed={(a === 'yes' && i.status === 'pass') || (a === 'no' && i.status === 'fail')} onClick={() => onAnswer(i.id, a)}>{a}</button>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
