import type { Scorecard } from '@/lib/core/model/scorecard';
import type { Post } from '@/lib/core/model/snapshot';
import { safeHref } from '@/lib/core/model/https-url';
import { formatMoney } from '@/lib/core/format/number';
import { postLabel } from './post-words';

/** Competitor mentions, each naming its post by date and whether it falls inside the exclusivity window. */
export function Competitors({ score, posts }: { score: Scorecard; posts: Post[] }) {
  if (score.competitors.length === 0) return <p className="muted" data-testid="competitors">No competitor mentions among the visible posts.</p>;
  return (
    <ul data-testid="competitors">
      {score.competitors.map((c) => {
        const url = safeHref(posts.find((p) => p.id === c.postId)?.url);
        const label = postLabel(posts, c.postId);
        const window = c.withinExclusivity === null ? ' · undated, so it may be inside your exclusivity window' : c.withinExclusivity ? ' · inside your exclusivity window' : ' · before your exclusivity window';
        return <li key={`${c.competitor}-${c.postId}`}>{c.competitor}: {url ? <a href={url} target="_blank" rel="noreferrer">{label}</a> : label} (“{c.matched.join('”, “')}”){window}</li>;
      })}
    </ul>
  );
}

/** The fee estimate, what it rests on, and the cost per engagement. */
export function Cost({ score }: { score: Scorecard }) {
  const cost = score.cost;
  const money = (amount: number) => formatMoney({ amount, currency: cost?.currency ?? 'USD' });
  return (
    <p data-testid="cost">
      {cost === null ? 'Cost estimate: unknown for this tier — set a fee in your rate card.' : (
        <>Estimated fee per post: {money(cost.low)}–{money(cost.high)} <span className="muted">({cost.basis})</span>
          {cost.perEngagement ? <> · {money(cost.perEngagement.low)}–{money(cost.perEngagement.high)} per engagement</> : null}</>
      )}
    </p>
  );
}

/** Both, one after the other (the dashboard's drawer shows them together). */
export function CostAndCompetitors({ score, posts = [] }: { score: Scorecard; posts?: Post[] }) {
  return <section aria-label="Competitors and cost"><Competitors score={score} posts={posts} /><Cost score={score} /></section>;
}
