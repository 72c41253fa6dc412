import { briefOf, type CampaignBrief } from '../core/model/campaign';
import type { ShortlistRow } from '../core/model/rows';
import { decide, type Decision, type DecisionInput, type DecisionKind } from '../core/scoring/decision';
import type { Flag } from '../core/model/findings';
import { decisionInputOfRow } from '../core/scoring/decision-input';
import type { DashboardRow } from '../store/dashboard-rows';

/** Each campaign's brief, read field by field once per load of the lists. */
export function briefsOf(lists: readonly ShortlistRow[]): Map<number, CampaignBrief> {
  return new Map(lists.flatMap((l) => (l.id === undefined ? [] : [[l.id, briefOf(l)] as const])));
}

/**
 * A row's decision is worked out when it is first drawn, filtered or sorted on, then kept with
 * the row until a reload replaces it (or its campaign's brief changes): 10,000 rows open without
 * deciding any but the hundred drawn.
 */
const memo = new WeakMap<DashboardRow, { brief: CampaignBrief | undefined; decision: Decision }>();

export function rowDecision(row: DashboardRow, brief: CampaignBrief | undefined): Decision {
  const hit = memo.get(row);
  if (hit && hit.brief === brief) return hit.decision;
  const decision = decide(inputOf(row), brief ?? { followerRange: null });
  memo.set(row, { brief, decision });
  return decision;
}

function inputOf({ creator: c, score: s }: DashboardRow): DecisionInput {
  return decisionInputOfRow({
    followers: c.followers, followersApproximate: c.followersApproximate, isPrivate: s.isPrivate, flags: s.flags, riskIds: s.riskIds,
    engagementRate: s.engagementRate, engagementApproximate: s.engagementApproximate, engagementVerdict: s.engagementVerdict, overall: s.summary.overall, postsUsed: s.postsUsed,
  });
}

/**
 * The row's decision with each flag's own sentence as its reason, for the drawer, which has the
 * visit's flags: the same rules on the same ids, so the same word as in the row.
 */
export function explainedDecision(row: DashboardRow, brief: CampaignBrief | undefined, flags: ReadonlyArray<Pick<Flag, 'id' | 'message'>>): Decision {
  const input = inputOf(row);
  const said = new Map(flags.map((f) => [f.id, f.message]));
  return decide({ ...input, flags: input.flags.map((f) => ({ id: f.id, message: said.get(f.id) })) }, brief ?? { followerRange: null });
}

/** A row's decision under its own campaign's brief. */
export type DecisionOf = (row: DashboardRow) => Decision;

export function decisionsUnder(briefs: ReadonlyMap<number, CampaignBrief>): DecisionOf {
  return (row) => rowDecision(row, briefs.get(row.entry.shortlistId));
}

/** Shortlist first, Skip last: the order a scout works through. */
export const DECISION_RANK: Record<DecisionKind, number> = { shortlist: 0, check: 1, skip: 2 };
