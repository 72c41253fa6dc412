import type { Audience } from '../../model/audience';
import type { Comment } from '../../model/snapshot';
import { usableText } from './usable-text';

/** A local language identifier: the text's ISO 639-1 code, or null when it cannot tell. Injected, so core stays pure. */
export type DetectLanguage = (text: string) => string | null;

/** Below this many usable comments the shares say little: the panel says the sample is too small. */
export const MIN_USABLE = 20;
/** Languages under this share fold into "other". */
const OTHER_BELOW = 0.05;

type Languages = Pick<Audience, 'languages' | 'usable' | 'visible' | 'source'>;

/**
 * Comment languages over the usable comments (3+ words once emoji, mentions, links and hashtags
 * are gone). The platform's own tag (TikTok's comment_language) wins where given; the injected
 * identifier reads the rest; with untagged comments and no identifier, nothing is claimed.
 * Language is not country: a Spanish comment may come from Madrid or Mexico.
 */
export function commentLanguages(comments: readonly Comment[], detect: DetectLanguage | null, exclude: (c: Comment) => boolean = () => false): Languages {
  const usable = comments.filter((c) => !exclude(c)).map((c) => ({ c, text: usableText(c.text) })).filter((u) => u.text !== '');
  const tagged = usable.length > 0 && usable.every((u) => u.c.language !== null);
  if (!tagged && !detect) return { languages: [], usable: usable.length, visible: comments.length, source: null };
  // The platform's tag wins comment by comment; the identifier reads the rest.
  const langs = usable.map((u) => u.c.language ?? detect?.(u.text) ?? null);
  const counts = new Map<string, number>();
  for (const l of langs) counts.set(l ?? 'other', (counts.get(l ?? 'other') ?? 0) + 1);
  return { languages: shares(counts, usable.length), usable: usable.length, visible: comments.length, source: tagged ? 'platform' : 'detected' };
}

function shares(counts: Map<string, number>, total: number): Audience['languages'] {
  if (total === 0) return [];
  let other = 0;
  const out: Audience['languages'] = [];
  for (const [lang, n] of counts) {
    if (lang === 'other' || n / total < OTHER_BELOW) other += n;
    else out.push({ lang, share: n / total, comments: n });
  }
  out.sort((a, b) => b.share - a.share || a.lang.localeCompare(b.lang));
  return other ? [...out, { lang: 'other', share: other / total, comments: other }] : out;
}

/** The share of usable comments in any of the target languages; null with no languages read. */
export function shareIn(languages: Audience['languages'], targets: readonly string[]): number | null {
  if (languages.length === 0) return null;
  return languages.filter((l) => targets.includes(l.lang)).reduce((s, l) => s + l.share, 0);
}

/** "Comment languages (41 usable of 80): de 62%, en 30%, other 8%", or why not. */
export function languagesSentence(l: Languages): string {
  if (l.source === null) return l.usable ? `Comment languages not read yet (${l.usable} usable of ${l.visible}).` : 'No comment long enough to read its language.';
  const head = `Comment languages (${l.usable} usable of ${l.visible}): ${l.languages.map((x) => `${x.lang} ${Math.round(x.share * 100)}%`).join(', ')}`;
  return l.usable < MIN_USABLE ? `${head} — too few comments to rely on.` : `${head}.`;
}
