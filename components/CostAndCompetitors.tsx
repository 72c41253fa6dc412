import type { Scorecard } from '@/lib/core/model/scorecard';

export function CostAndCompetitors({ score }: { score: Scorecard }) {
  const money = (n: number) => new Intl.NumberFormat(undefined, { style: 'currency', currency: score.cost?.currency ?? 'USD', maximumFractionDigits: n < 10 ? 2 : 0 }).format(n);
  return (
    <section aria-label="Competitors and cost">
      {score.competitors.length === 0 ? <p className="muted" data-testid="competitors">No competitor mentions among the visible posts.</p> : (
        <ul data-testid="competitors">
          {score.competitors.map((c) => (
            <li key={`${c.competitor}-${c.postId}`}>{c.competitor}: post {c.postId} ({c.publishedAt?.slice(0, 10) ?? 'date unknown'}) — {c.matched.join(', ')}{c.withinExclusivity ? ' · inside your exclusivity window' : ''}</li>
          ))}
        </ul>
      )}
      <p data-testid="cost">
        {score.cost === null ? 'Cost estimate: unknown for this tier — set a fee in your rate card.' : (
          <>Estimated fee per post: {money(score.cost.low)}–{money(score.cost.high)} <span className="muted">({score.cost.basis})</span>
            {score.cost.perEngagement ? <> · {money(score.cost.perEngagement.low)}–{money(score.cost.perEngagement.high)} per engagement</> : null}</>
        )}
      </p>
    </section>
  );
}
