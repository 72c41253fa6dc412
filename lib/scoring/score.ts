import { Scorecard } from '../model/scorecard';
import type { ProfileSnapshot } from '../model/snapshot';
import { medianEngagement } from './engagement';
import { tierFor } from './tier';

/** Pure: the same snapshot always gives the same scorecard. */
export function score(snapshot: ProfileSnapshot): Scorecard {
  const engagement = medianEngagement(snapshot);
  return Scorecard.parse({
    tier: tierFor(snapshot.followers),
    engagementRate: engagement.rate,
    engagementFormula: engagement.formula,
    postsUsed: engagement.postsUsed,
    notes: engagement.notes,
  });
}
