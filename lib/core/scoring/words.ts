/** Escapes a phrase for use inside a RegExp. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The phrases of `words` that occur in `text` as whole words, case-insensitively,
 * in any script ("eco" does not match "economy"; "#ad" does not match "#adventure").
 */
export function findWords(text: string, words: readonly string[]): string[] {
  if (!text || words.length === 0) return [];
  return words.filter((w) => w.trim() && new RegExp(`(?<![\\p{L}\\p{N}_])${escape(w.trim())}(?![\\p{L}\\p{N}_])`, 'iu').test(text));
}
