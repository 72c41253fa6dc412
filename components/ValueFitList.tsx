import type { Scorecard } from '@/lib/model/scorecard';

const STATUS = { pass: '✓ pass', fail: '✗ fail', unanswered: '? unanswered' } as const;

export function ValueFitList({ valueFit }: { valueFit: Scorecard['valueFit'] }) {
  if (valueFit.items.length === 0) return <p className="muted">No value checklist yet: add one in the options page.</p>;
  return (
    <section aria-label="Value fit" data-testid="value-fit">
      <p>Value fit: {valueFit.score === null ? 'nothing answered yet' : `${Math.round(valueFit.score * 100)}% of answered items pass`}</p>
      <ul>
        {valueFit.items.map((i) => (
          <li key={i.id} data-item={i.id} data-status={i.status}>
            {STATUS[i.status]} — {i.label}{i.kind === 'manual' ? ' (your call)' : ''}
            {i.matches.length > 0 ? <span className="muted"> · {i.matches.slice(0, 5).map((m) => `“${m.word}” in ${m.where === 'bio' ? 'bio' : `post ${m.where}`}`).join(', ')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
