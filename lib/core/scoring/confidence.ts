/** How far a sample of posts can be trusted: a median over 3 posts says little. */
export interface Confidence {
  level: 'high' | 'medium' | 'low' | 'none' | 'unknown';
  /** "11 posts · medium", as the badge shows it. */
  label: string;
}

/** At or above this many posts the median is steady (Instagram's first grid page is 12). */
export const HIGH_FROM = 12;
/** Below this many posts one viral post moves the median. */
export const MEDIUM_FROM = 6;

export function confidenceOf(postsUsed: number | null): Confidence {
  if (postsUsed === null) return { level: 'unknown', label: 'sample unknown' };
  if (postsUsed === 0) return { level: 'none', label: 'no posts' };
  const level = postsUsed >= HIGH_FROM ? 'high' : postsUsed >= MEDIUM_FROM ? 'medium' : 'low';
  return { level, label: `${postsUsed} post${postsUsed === 1 ? '' : 's'} · ${level}` };
}
