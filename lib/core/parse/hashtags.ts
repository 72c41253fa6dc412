/**
 * Hashtags and mentions in a caption, lower-cased, without the sigil, in order of
 * first appearance. Letters and digits of any script count (#기부, #café), plus "_"
 * and, for mentions, "." as handles allow; an e-mail address is not a mention.
 */
const PATTERNS = {
  '#': /(?<![\p{L}\p{N}_.@#])#([\p{L}\p{M}\p{N}_]+)/gu,
  '@': /(?<![\p{L}\p{N}_.@#])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?)/gu,
} as const;

export function tagsIn(text: string, sigil: '#' | '@'): string[] {
  if (!text.includes(sigil)) return [];
  const seen = new Set<string>();
  for (const m of text.matchAll(PATTERNS[sigil])) {
    const tag = (m[1] ?? '').toLowerCase();
    if (tag && !(sigil === '#' && /^\d+$/.test(tag))) seen.add(tag);
  }
  return [...seen];
}
