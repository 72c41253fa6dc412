import type { Audience } from '../../model/audience';
import type { ProfileSnapshot } from '../../model/snapshot';

/**
 * Where the creator posts from: the most common country its posts are tagged with ("GB, 10 of
 * 12"), else the country it states (YouTube's About), else unknown. The creator's place only:
 * nothing here says where its audience is.
 */
export function creatorLocationOf(snapshot: Pick<ProfileSnapshot, 'posts' | 'country'>): Audience['creatorLocation'] {
  const counts = new Map<string, number>();
  for (const p of snapshot.posts) {
    const c = p.location?.country;
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  if (top) return { country: top[0], posts: top[1], of: snapshot.posts.length };
  return snapshot.country ? { country: snapshot.country, posts: 0, of: 0 } : null;
}

/** "Posts from GB (10 of 12)", or "States GB as its country". */
export function locationSentence(l: Audience['creatorLocation']): string {
  if (!l) return 'Where the creator posts from is not shown.';
  return l.of ? `Posts from ${l.country} (${l.posts} of ${l.of}) — the creator's location, not the audience's.` : `States ${l.country} as its country — the creator's location, not the audience's.`;
}
