import type { DashRow } from '../model/rows';
import type { Scorecard } from '../model/scorecard';
import type { ProfileSnapshot } from '../model/snapshot';
import type { DecisionInput } from './decision';

/** The decision's input from a full scorecard: the panel's, with each flag's sentence for the reasons. */
export function decisionInputOfCard(card: Scorecard, snapshot: Pick<ProfileSnapshot, 'followers' | 'approximate' | 'isPrivate'>): DecisionInput {
  // A post page shows no follower count: the brief is checked against the scout's last visit's.
  const followers = snapshot.followers ?? card.followersFrom?.followers ?? null;
  const approximate = snapshot.followers !== null ? snapshot.approximate.includes('followers') : card.followersFrom?.approximate ?? false;
  return {
    followers, followersApproximate: approximate, isPrivate: snapshot.isPrivate === true,
    flags: card.flags.map((f) => ({ id: f.id, message: f.message })),
    riskIds: card.flags.filter((f) => f.severity === 'risk').map((f) => f.id),
    engagementRate: card.engagementRate, engagementApproximate: card.engagement.approximate, engagementVerdict: card.engagement.verdict,
    benchmark: card.engagement.benchmark, overall: card.summary.overall, postsUsed: card.postsUsed,
  };
}

/** The decision's input from a dashboard row: the same rules, with flag ids only (the reasons say less). */
export function decisionInputOfRow(row: Pick<DashRow, 'followers' | 'followersApproximate' | 'isPrivate' | 'flags' | 'riskIds' | 'engagementRate' | 'engagementApproximate' | 'engagementVerdict' | 'overall' | 'postsUsed'>): DecisionInput {
  return {
    followers: row.followers, followersApproximate: row.followersApproximate, isPrivate: row.isPrivate,
    flags: row.flags.map((id) => ({ id })), riskIds: row.riskIds,
    engagementRate: row.engagementRate, engagementApproximate: row.engagementApproximate, engagementVerdict: row.engagementVerdict,
    benchmark: null, overall: row.overall, postsUsed: row.postsUsed,
  };
}
