import type { ShortlistView } from '@/lib/db/queries';
import { formatCount, formatRate } from '@/lib/format/number';

export function ShortlistTable({ rows }: { rows: ShortlistView[] }) {
  if (rows.length === 0) return <p className="muted" data-testid="empty">No creators shortlisted yet. Score a profile and add it from the side panel.</p>;
  return (
    <table data-testid="shortlist">
      <thead>
        <tr>
          <th scope="col">Creator</th>
          <th scope="col">Platform</th>
          <th scope="col" className="num">Followers</th>
          <th scope="col">Tier</th>
          <th scope="col" className="num">Engagement</th>
          <th scope="col">Status</th>
          <th scope="col">Shortlist</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ entry, shortlist, creator }) => (
          <tr key={entry.id} data-creator={creator.id}>
            <td><a href={creator.profileUrl} target="_blank" rel="noreferrer">@{creator.handle}</a><br /><span className="muted">{creator.displayName ?? ''}</span></td>
            <td>{creator.platform}</td>
            <td className="num">{formatCount(creator.followers, creator.followersApproximate)}</td>
            <td>{creator.lastScore.tier ?? 'unknown'}</td>
            <td className="num">{formatRate(creator.lastScore.engagementRate)}</td>
            <td>{entry.status}</td>
            <td>{shortlist.name}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
