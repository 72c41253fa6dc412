import type { Scorecard } from '@/lib/core/model/scorecard';
import type { Post } from '@/lib/core/model/snapshot';
import { valueFitWords } from '@/lib/core/format/summary-text';
import { postLabel } from './post-words';

const STATUS = { pass: '✓ pass', fail: '✗ fail', unanswered: '? unanswered' } as const;

type Answer = 'yes' | 'no' | 'unsure';

/** The value checklist: automatic checks with where their words were found, and the scout's own calls. */
export function ValueFitList({ valueFit, posts = [], onAnswer }: { valueFit: Scorecard['valueFit']; posts?: Post[]; onAnswer?: (itemId: string, answer: Answer) => void }) {
  if (valueFit.items.length === 0) return <p className="muted">No value checklist yet: add one in the options page.</p>;
  const where = (w: string) => (w === 'bio' ? 'bio' : postLabel(posts, w));
  return (
    <section aria-label="Value fit" data-testid="value-fit">
      <p>Value fit: {valueFitWords(valueFit)}</p>
      <ul>
        {valueFit.items.map((i) => (
          <li key={i.id} data-item={i.id} data-status={i.status}>
            {STATUS[i.status]} — {i.label}{i.kind === 'manual' ? ' (your call)' : ''}
            {i.matches.length > 0 ? <span className="muted"> · {i.matches.slice(0, 5).map((m) => `“${m.word}” in ${where(m.where)}`).join(', ')}</span> : null}
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
