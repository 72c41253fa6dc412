import type { Scorecard } from '@/lib/core/model/scorecard';

const score = (n: number | null) => (n === null ? 'unknown' : String(n));

/** The ten-second read: overall, three sub-scores (higher is better) and the verdict. */
export function SummaryBar({ summary }: { summary: Scorecard['summary'] }) {
  return (
    <section aria-label="Summary">
      <p className="verdict" data-testid="verdict">{summary.verdict}</p>
      <dl className="stats">
        <Sub label="Overall" value={summary.overall} id="overall" />
        <Sub label="Metrics" value={summary.metrics} id="metrics" />
        <Sub label="Content" value={summary.content} id="content" />
        <Sub label="Risk (100 = none)" value={summary.risk} id="risk" />
      </dl>
    </section>
  );
}

function Sub({ label, value, id }: { label: string; value: number | null; id: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd data-testid={`score-${id}`}>{score(value)}</dd>
    </div>
  );
}
