import type { Flag } from '../model/findings';
import type { ProfileSnapshot } from '../model/snapshot';
import { flag } from './flag';

const DAY_MS = 86_400_000;

/** Long silences: the largest gap between posts, and how long since the last one. */
export function postingGapFlags(snapshot: ProfileSnapshot, now: Date, gapDays: number): Flag[] {
  const dated = snapshot.posts
    .filter((p) => p.publishedAt !== null && !p.pinned)
    .map((p) => ({ id: p.id, t: Date.parse(p.publishedAt as string) }))
    .sort((a, b) => b.t - a.t);
  const newest = dated[0];
  if (!newest) return [];
  const flags: Flag[] = [];
  const sinceLast = (now.getTime() - newest.t) / DAY_MS;
  if (sinceLast > gapDays) {
    flags.push(flag('posting-gap', 'warn', `No post in the last ${Math.floor(sinceLast)} days.`, [newest.id], { daysSinceLastPost: sinceLast, threshold: gapDays }));
  }
  let widest = { days: 0, from: '', to: '' };
  for (let i = 1; i < dated.length; i++) {
    const days = ((dated[i - 1] as { t: number }).t - (dated[i] as { t: number }).t) / DAY_MS;
    if (days > widest.days) widest = { days, from: (dated[i] as { id: string }).id, to: (dated[i - 1] as { id: string }).id };
  }
  if (widest.days > gapDays) {
    flags.push(flag('posting-gap', 'info', `A ${Math.floor(widest.days)}-day gap between two posts.`, [widest.from, widest.to], { gapDays: widest.days, threshold: gapDays }));
  }
  return flags;
}
