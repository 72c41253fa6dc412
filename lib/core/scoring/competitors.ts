import type { Competitor } from '../model/brand';
import type { Flag } from '../model/findings';
import type { ProfileSnapshot } from '../model/snapshot';
import { flag } from './flag';
import { findWords } from './words';

export interface CompetitorMention {
  competitor: string;
  postId: string;
  publishedAt: string | null;
  matched: string[];
  /** Inside the brand's exclusivity window; null when the post's date is unknown. */
  withinExclusivity: boolean | null;
}

const DAY_MS = 86_400_000;

/** Posts that tag or name a competitor, with their dates. */
export function competitorMentions(snapshot: ProfileSnapshot, competitors: Competitor[], now: Date, exclusivityDays: number): CompetitorMention[] {
  const out: CompetitorMention[] = [];
  for (const c of competitors) {
    for (const p of snapshot.posts) {
      const tagged = [...p.mentions, ...p.sponsors.map((s) => s.toLowerCase())];
      const matched = [
        ...c.handles.filter((h) => tagged.includes(h)).map((h) => `@${h}`),
        ...findWords(p.caption, c.keywords),
      ];
      if (matched.length === 0) continue;
      const t = p.publishedAt === null ? null : Date.parse(p.publishedAt);
      out.push({
        competitor: c.name, postId: p.id, publishedAt: p.publishedAt, matched: [...new Set(matched)],
        withinExclusivity: t === null ? null : now.getTime() - t <= exclusivityDays * DAY_MS,
      });
    }
  }
  return out;
}

export function competitorFlags(mentions: CompetitorMention[], exclusivityDays: number): Flag[] {
  const recent = mentions.filter((m) => m.withinExclusivity !== false);
  if (recent.length === 0) return [];
  const names = [...new Set(recent.map((m) => m.competitor))];
  return [flag('competitor-mention', 'risk', `Mentioned ${names.join(', ')} within your ${exclusivityDays}-day exclusivity window (or on an undated post).`,
    recent.map((m) => m.postId), { competitors: names.join(', '), posts: recent.length, exclusivityDays })];
}
