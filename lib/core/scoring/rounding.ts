import type { Flag } from '../model/findings';
import type { ProfileSnapshot } from '../model/snapshot';
import type { EngagementResult } from './engagement';
import { flag, pct } from './flag';

/**
 * Notes, not findings: the page showed some numbers rounded ("24.1K subscribers"). They travel
 * with the score into the dashboard and the CSV's flags column, so a teammate reading the file
 * knows which figures are lower bounds or approximate; an import turns them back into "≈".
 */
export function roundingFlags(snapshot: ProfileSnapshot, e: EngagementResult): Flag[] {
  const out: Flag[] = [];
  if (snapshot.followers !== null && snapshot.approximate.includes('followers')) {
    out.push(flag('rounded-followers', 'info', `The page shows the follower count rounded, so ${snapshot.followers.toLocaleString('en')} is a lower bound.`, [], { followers: snapshot.followers }));
  }
  if (e.approximate && e.median !== null) {
    const used = new Set(e.perPost.map((r) => r.postId));
    // The same fields engagement() counts as rounded inputs: a rounded share count never entered the rate.
    const rounded = snapshot.posts.filter((p) => used.has(p.id) && p.approximate.some((f) => f === 'likes' || f === 'comments' || f === 'views')).map((p) => p.id);
    out.push(flag('approximate-engagement', 'info', 'Some counts behind the engagement rate are shown rounded by the platform, so the rate is approximate.', rounded, { rate: pct(e.median) }));
  }
  for (const d of snapshot.disagreements) {
    out.push(flag('reader-disagreement', 'info',
      `The page gave two different ${FIELD_WORDS[d.field] ?? d.field}: ${d.kept.value} (${d.kept.source}) and ${d.other.value} (${d.other.source}). Microscope kept the exact one; check the profile if it matters.`,
      [], { field: d.field, kept: d.kept.value, keptFrom: d.kept.source, other: d.other.value, otherFrom: d.other.source }));
  }
  return out;
}

const FIELD_WORDS: Record<string, string> = {
  followers: 'follower counts', following: 'following counts', postsCount: 'post counts', totalLikes: 'like totals',
};
