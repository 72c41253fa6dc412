import type { DisclosureStatus } from '@/lib/core/model/findings';
import type { Scorecard } from '@/lib/core/model/scorecard';
import type { Post } from '@/lib/core/model/snapshot';
import { safeHref } from '@/lib/core/model/https-url';
import { postLabel } from './post-words';

const STATUS: Record<DisclosureStatus, string> = {
  'platform-label': 'platform’s paid-partnership label', clear: 'disclosed clearly', gifted: 'marked as gifted',
  ambiguous: 'vague label', 'undisclosed-commercial': 'looks sponsored, not disclosed', none: 'not commercial',
};
const PLACEMENT = { upfront: 'up front', buried: 'after “more”', label: 'label' } as const;

/** Per market, the share disclosed well (the rules once, folded); then each commercial post. */
export function DisclosureSection({ disclosure, posts = [] }: { disclosure: Scorecard['disclosure']; posts?: Post[] }) {
  const commercial = disclosure.posts.filter((p) => p.status !== 'none');
  return (
    <section aria-label="Disclosure" data-testid="disclosure">
      <table className="markets">
        <thead><tr><th scope="col">Market</th><th scope="col" className="num">Ads disclosed well</th></tr></thead>
        <tbody>
          {disclosure.markets.map((m) => (
            <tr key={m.market}>
              <td>{m.market}</td>
              <td className="num">{m.share === null ? 'no ads seen' : `${m.adequatelyDisclosed} of ${m.commercialPosts} ${m.adequatelyDisclosed === m.commercialPosts ? '✓' : '✗'}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="rules">
        <summary>The rule in each market</summary>
        <ul className="muted">{disclosure.markets.map((m) => <li key={m.market}>{m.rule}</li>)}</ul>
      </details>
      {commercial.length > 0 ? (
        <ul className="posts">
          {commercial.map((p) => {
            const url = safeHref(posts.find((x) => x.id === p.postId)?.url);
            const label = postLabel(posts, p.postId);
            return (
              <li key={p.postId} data-post={p.postId}>
                {url ? <a href={url} target="_blank" rel="noreferrer">{label}</a> : label}: {STATUS[p.status]}
                {p.markers.length ? <span className="muted"> ({p.markers.map((m) => `${m.text}, ${PLACEMENT[m.placement]}`).join('; ')})</span> : null}
              </li>
            );
          })}
        </ul>
      ) : <p className="muted">No commercial posts among those visible.</p>}
    </section>
  );
}
