import type { CreatorRow, SnapshotRow } from '../core/model/rows';
import { engagement } from '../core/scoring/engagement';
import type { Scorecard } from '../core/model/scorecard';
import type { FlagId } from '../core/model/findings';

export interface SnapshotLine {
  capturedAt: string;
  followers: number | null;
  approximate: boolean;
  /** The median rate of that visit's posts; null when unknown (no posts kept, no follower count). */
  engagementRate: number | null;
  /** Rounded counts entered that rate. */
  engagementApproximate: boolean;
  compacted: boolean;
}

/** Every visit, oldest first, with the engagement its posts gave at the time. */
export function snapshotLines(rows: SnapshotRow[]): SnapshotLine[] {
  return [...rows].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)).map((r) => {
    const e = r.snapshot.posts.length ? engagement(r.snapshot, null, new Date(r.capturedAt), {}, 3) : null;
    return {
      capturedAt: r.capturedAt,
      followers: r.snapshot.followers,
      approximate: r.snapshot.approximate.includes('followers'),
      engagementRate: e?.median ?? null,
      engagementApproximate: e?.approximate === true,
      compacted: r.compacted === true,
    };
  });
}

/** One column of the comparison. */
export interface CompareColumn {
  id: string;
  handle: string;
  platform: string;
  followers: number | null;
  approximate: boolean;
  tier: string | null;
  engagementRate: number | null;
  engagementApproximate: boolean;
  verdict: string | null;
  summary: Scorecard['summary'];
  valueFit: number | null;
  flags: FlagId[];
}

export function compareColumn(c: CreatorRow): CompareColumn {
  const s = c.lastScore;
  return {
    id: c.id, handle: c.handle, platform: c.platform, followers: c.followers, approximate: c.followersApproximate,
    tier: s.tier, engagementRate: s.engagementRate, engagementApproximate: s.engagementApproximate, verdict: s.engagementVerdict, summary: s.summary,
    valueFit: s.valueFit, flags: [...new Set(s.flags)],
  };
}

/** Creators to compare: 2 to 4 distinct ones, in the order picked. */
export function compareIds(creatorIds: readonly string[]): string[] | null {
  const ids = [...new Set(creatorIds)];
  return ids.length >= 2 && ids.length <= 4 ? ids : null;
}

/** Only https links are followed: a profile URL from an imported CSV could be `javascript:`. */
export { safeHref } from '../core/model/https-url';
