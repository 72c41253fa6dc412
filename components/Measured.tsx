import type { Scorecard } from '@/lib/core/model/scorecard';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { formatRate } from '@/lib/core/format/number';
import { traitsOf } from '@/lib/core/platforms/traits';

/** Field ids in words; a field not listed here shows its id, so a new source is never hidden. */
const FIELD_NAMES: Record<string, string> = {
  handle: 'Handle', displayName: 'Name', followers: 'Followers', following: 'Following', postsCount: 'Post count',
  verified: 'Verified', isPrivate: 'Private', bio: 'Bio', category: 'Category', totalLikes: 'Total likes',
  channelId: 'Channel id', externalLinks: 'Links', posts: 'Posts', comments: 'Comments', contactEmail: 'Contact email', country: 'Country',
};

/** How each number was measured and where each value came from, with what limits it. */
export function Measured({ snapshot, score }: { snapshot: ProfileSnapshot; score: Scorecard }) {
  const followersLabel = traitsOf(snapshot.platform).followersWord;
  const band = score.engagement.benchmark;
  return (
    <>
      <p className="muted" data-testid="formula">
        Engagement is the median of {score.engagementFormula}, over {score.postsUsed} post(s)
        {band ? `; the typical band for this tier comes from ${band.source}` : ''}.
      </p>
      <ul className="muted">
        {Object.entries(snapshot.sources).map(([field, source]) => (
          <li key={field} data-testid="source" data-field={field}>{FIELD_NAMES[field] ?? field}: {source}</li>
        ))}
        {score.followersFrom ? <li data-testid="source" data-field="followers">{followersLabel}: from your visit on {score.followersFrom.capturedAt.slice(0, 10)}</li> : null}
        {score.engagement.secondary ? <li>Also: {score.engagement.secondary.formula}, median {formatRate(score.engagement.secondary.median)}</li> : null}
      </ul>
      {[...score.notes, ...snapshot.warnings].map((w) => <p key={w} className="notice" role="note">{w}</p>)}
    </>
  );
}
