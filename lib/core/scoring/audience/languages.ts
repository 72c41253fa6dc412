import type { Audience } from '../../model/audience';
import type { Comment } from '../../model/snapshot';
import { usableText } from './usable-text';

/** A local language identifier: the text's ISO 639-1 code, or null when it cannot tell. Injected, so core stays pure. */
export type DetectLanguage = (text: string) => string | null;

/** Below this many usable comments the shares say little: the panel says the sample is too small. */
export const MIN_USABLE = 20;
/** Languages under this share fold into "other". */
const OTHER_BELOW = 0.05;

type Languages = Pick<Audience, 'languages' | 'usable' | 'visible' | 'source'> & {
  /** Comments per language before the long tail is folded, unreadable ones left out: what shares against targets are taken from. */
  counts: ReadonlyMap<string, number>;
};

/**
 * Comment languages over the usable comments (3+ words once emoji, mentions, links and hashtags
 * are gone). The platform's own tag (TikTok's comment_language) wins where given; the injected
 * identifier reads the rest; with untagged comments and no identifier, nothing is claimed.
 * Language is not country: a Spanish comment may come from Madrid or Mexico.
 */
export function commentLanguages(comments: readonly Comment[], detect: DetectLanguage | null, exclude: (c: Comment) => boolean = () => false): Languages {
  const usable = comments.filter((c) => !exclude(c)).map((c) => ({ c, text: usableText(c.text) })).filter((u) => u.text !== '');
  const tagged = usable.length > 0 && usable.every((u) => u.c.language !== null);
  if (!tagged && !detect) return { languages: [], usable: usable.length, visible: comments.length, source: null, counts: new Map() };
  // The platform's tag wins comment by comment; the identifier reads the rest.
  const counts = new Map<string, number>();
  let unread = 0;
  for (const u of usable) {
    const lang = u.c.language ?? detect?.(u.text) ?? null;
    if (lang === null) unread++;
    else counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return { languages: shares(counts, unread, usable.length), usable: usable.length, visible: comments.length, source: tagged ? 'platform' : 'detected', counts };
}

/** Shares for display: languages under 5% and the unreadable fold into "other", sorted with the rest by share. */
function shares(counts: ReadonlyMap<string, number>, unread: number, total: number): Audience['languages'] {
  if (total === 0) return [];
  let other = unread;
  const out: Audience['languages'] = [];
  for (const [lang, n] of counts) {
    if (n / total < OTHER_BELOW) other += n;
    else out.push({ lang, share: n / total, comments: n });
  }
  if (other) out.push({ lang: 'other', share: other / total, comments: other });
  return out.sort((a, b) => b.share - a.share || a.lang.localeCompare(b.lang));
}

/**
 * The share of the comments whose language was read that are in any target language, from the
 * counts before folding (a target under 5% still counts); null with none read.
 */
export function shareIn(counts: ReadonlyMap<string, number>, targets: readonly string[]): number | null {
  const read = [...counts.values()].reduce((s, n) => s + n, 0);
  if (read === 0) return null;
  return targets.reduce((s, t) => s + (counts.get(t) ?? 0), 0) / read;
}

/** "Comment languages (41 usable of 80): de 62%, en 30%, other 8%", or why not. */
export function languagesSentence(l: Pick<Audience, 'languages' | 'usable' | 'visible' | 'source'>): string {
  if (l.source === null) return l.usable ? `Comment languages not read yet (${l.usable} usable of ${l.visible}).` : 'No comment long enough to read its language.';
  const head = `Comment languages (${l.usable} usable of ${l.visible}): ${l.languages.map((x) => `${x.lang} ${Math.round(x.share * 100)}%`).join(', ')}`;
  return l.usable < MIN_USABLE ? `${head} — too few comments to rely on.` : `${head}.`;
}
