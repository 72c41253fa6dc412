import type { Scorecard } from '@/lib/core/model/scorecard';

/** Per market: the share of commercial posts disclosed adequately, the rule, and the posts at fault. */
export function DisclosureSection({ disclosure }: { disclosure: Scorecard['disclosure'] }) {
  const commercial = disclosure.posts.filter((p) => p.status !== 'none');
  return (
    <section aria-label="Disclosure" data-testid="disclosure">
      <table>
        <thead><tr><th scope="col">Market</th><th scope="col" className="num">Disclosed well</th><th scope="col">Rule</th></tr></thead>
        <tbody>
          {disclosure.markets.map((m) => (
            <tr key={m.market}>
              <td>{m.market}</td>
              <td className="num">{m.share === null ? 'no commercial posts' : `${m.adequatelyDisclosed}/${m.commercialPosts}`}</td>
              <td className="muted">{m.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {commercial.length > 0 ? (
        <table>
          <thead><tr><th scope="col">Post</th><th scope="col">Status</th><th scope="col">Markers (placement)</th></tr></thead>
          <tbody>
            {commercial.map((p) => (
              <tr key={p.postId} data-post={p.postId}>
                <td>{p.postId}</td>
                <td>{p.status}</td>
                <td>{p.markers.map((m) => `${m.text} (${m.placement})`).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <p className="muted">No commercial posts among those visible.</p>}
    </section>
  );
}
