import { withAnswers } from '../core/scoring/entry-score';
import { DashRowSchema, repaired, ShortlistRowSchema, type CreatorRow, type DashRow, type EntryRow, type ShortlistRow } from '../core/model/rows';
import type { ScoreSummary } from '../core/model/score-summary';
import type { MicroscopeDb } from './schema';

/**
 * One entry as the dashboard's table shows it: the shape of a ShortlistView (what the CSV
 * reads), cut to the fields the table, its filters, sorts and search use, so the pure helpers
 * take either.
 */
export interface DashboardRow {
  entry: Pick<EntryRow, 'id' | 'shortlistId' | 'creatorId' | 'status' | 'tags' | 'notes' | 'updatedAt' | 'quotedRate'>;
  creator: Pick<CreatorRow, 'id' | 'handle' | 'displayName' | 'platform' | 'profileUrl' | 'followers' | 'followersApproximate'>;
  shortlist: Pick<ShortlistRow, 'id' | 'name'>;
  score: Pick<ScoreSummary, 'tier' | 'engagementRate' | 'engagementApproximate' | 'flags' | 'cost'> & { summary: Pick<ScoreSummary['summary'], 'metrics' | 'content' | 'risk' | 'overall'> }
    /** What the row's decision reads beside the above (decisionInputOfRow). */
    & Pick<DashRow, 'engagementVerdict' | 'riskIds' | 'postsUsed' | 'isPrivate'>;
}

/** The stored dashboard row of an entry (with its id) and its creator; pure. */
export function dashRowOf(entry: EntryRow & { id: number }, creator: CreatorRow): DashRow {
  // The entry's own campaign's score when a visit made one; a creator on two campaigns for two brands is judged by each.
  const s = withAnswers(entry.score ?? creator.lastScore, entry.answers);
  return {
    id: entry.id, shortlistId: entry.shortlistId, creatorId: entry.creatorId, status: entry.status, tags: entry.tags, notes: entry.notes, updatedAt: entry.updatedAt, quotedRate: entry.quotedRate,
    handle: creator.handle, displayName: creator.displayName, platform: creator.platform, profileUrl: creator.profileUrl, followers: creator.followers, followersApproximate: creator.followersApproximate,
    tier: s.tier, engagementRate: s.engagementRate, engagementApproximate: s.engagementApproximate, flags: s.flags, cost: s.cost,
    metrics: s.summary.metrics, content: s.summary.content, risk: s.summary.risk, overall: s.summary.overall,
    engagementVerdict: s.engagementVerdict ?? null, riskIds: s.riskIds ?? [], postsUsed: s.postsUsed ?? null, isPrivate: s.isPrivate ?? false,
  };
}

function rowOf(d: DashRow, listName: string): DashboardRow {
  return {
    entry: { id: d.id, shortlistId: d.shortlistId, creatorId: d.creatorId, status: d.status, tags: d.tags, notes: d.notes, updatedAt: d.updatedAt, quotedRate: d.quotedRate },
    creator: { id: d.creatorId, handle: d.handle, displayName: d.displayName, platform: d.platform, profileUrl: d.profileUrl, followers: d.followers, followersApproximate: d.followersApproximate },
    shortlist: { id: d.shortlistId, name: listName },
    score: { tier: d.tier, engagementRate: d.engagementRate, engagementApproximate: d.engagementApproximate, flags: d.flags, cost: d.cost, summary: { metrics: d.metrics, content: d.content, risk: d.risk, overall: d.overall },
      engagementVerdict: d.engagementVerdict, riskIds: d.riskIds, postsUsed: d.postsUsed, isPrivate: d.isPrivate },
  };
}

/**
 * Every entry as the dashboard shows it: one small row per entry from the dashRows table, each
 * checked on read (a row beyond repair, or of a list that is gone, is left out), with its list's
 * name. The lists are few and read alongside, so a renamed campaign never touches these rows.
 */
export async function dashboardRows(db: MicroscopeDb): Promise<DashboardRow[]> {
  return db.transaction('r', db.dashRows, db.shortlists, async () => {
    const [raw, lists] = await Promise.all([db.dashRows.toArray(), db.shortlists.toArray()]);
    const names = new Map(lists.map((l) => [l.id, repaired(ShortlistRowSchema, l)?.name]));
    const out: DashboardRow[] = [];
    for (const r of raw) {
      const d = DashRowSchema.safeParse(r);
      const name = d.success ? names.get(d.data.shortlistId) : undefined;
      if (d.success && name !== undefined) out.push(rowOf(d.data, name));
    }
    return out;
  });
}
