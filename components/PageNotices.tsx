import type { Scorecard } from '@/lib/core/model/scorecard';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';

/** Conditions that limit what the scorecard can say, stated up front with what to do. */
export function PageNotices({ snapshot, score }: { snapshot: ProfileSnapshot; score: Scorecard }) {
  const hidden = snapshot.posts.filter((p) => p.likesHidden).length;
  return (
    <>
      {snapshot.isPrivate ? (
        <p className="notice" role="note" data-testid="notice-private">
          <strong>Private account.</strong> Only the profile counts are visible, so engagement, disclosure and content
          can’t be judged. Follow the account if that is appropriate, then score again.
        </p>
      ) : null}
      {hidden > 0 ? (
        <p className="notice" role="note" data-testid="notice-likes-hidden">
          <strong>Likes hidden</strong> on {hidden} of {snapshot.posts.length} post(s).{' '}
          {score.engagementRate === null
            ? 'Engagement is unknown rather than 0; ask the creator for their insights.'
            : 'Like-based rates leave those posts out; ask the creator for their insights to fill the gap.'}
        </p>
      ) : null}
    </>
  );
}
