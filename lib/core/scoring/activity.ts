import type { Flag } from '../model/findings';
import type { ProfileSnapshot } from '../model/snapshot';
import { flag } from './flag';

const DAY_MS = 86_400_000;
/** How far off a date read from "3 weeks ago" can be: one unit of its precision. */
const SLACK_DAYS: Record<string, number> = { week: 7, month: 31, year: 366 };

/** Long silences: the largest gap between posts, and how long since the last one. */
export function postingGapFlags(snapshot: ProfileSnapshot, now: Date, gapDays: number): Flag[] {
  const dated = snapshot.posts
    .filter((p) => p.publishedAt !== null && !p.pinned)
    .map((p) => ({ id: p.id, t: Date.parse(p.publishedAt as string), slack: SLACK_DAYS[p.publishedPrecision ?? ''] ?? 0 }))
    .sort((a, b) => b.t - a.t);
  const newest = dated[0];
  if (!newest) return [];
  const flags: Flag[] = [];
  const sinceLast = (now.getTime() - newest.t) / DAY_MS;
  // A date known only to the week or month must clear the threshold by that much before we claim a gap.
  if (sinceLast - newest.slack > gapDays) {
    const about = newest.slack ? 'about ' : '';
    flags.push(flag('posting-gap', 'warn', `No post in ${about}the last ${Math.floor(sinceLast)} days.`, [newest.id], { daysSinceLastPost: sinceLast, threshold: gapDays }));
  }
  let widest = { days: 0, from: '', to: '', slack: 0 };
  for (let i = 1; i < dated.length; i++) {
    const slack = Math.max((dated[i - 1] as { slack: number }).slack, (dated[i] as { slack: number }).slack);
    const days = ((dated[i - 1] as { t: number }).t - (dated[i] as { t: number }).t) / DAY_MS - slack;
    if (days > widest.days) widest = { days, from: (dated[i] as { id: string }).id, to: (dated[i - 1] as { id: string }).id, slack };
  }
  if (widest.days > gapDays) {
    const text = widest.slack ? `A gap of at least ${Math.floor(widest.days)} days between two posts.` : `A ${Math.floor(widest.days)}-day gap between two posts.`;
    flags.push(flag('posting-gap', 'info', text, [widest.from, widest.to], { gapDays: widest.days, threshold: gapDays }));
  }
  return flags;
}
