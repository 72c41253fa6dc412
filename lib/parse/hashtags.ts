/**
 * Hashtags and mentions in a caption, lower-cased, without the sigil, in order of
 * first appearance. Letters and digits of any script count (#기부, #café), plus "_"
 * and, for mentions, "." as handles allow; an e-mail address is not a mention.
 */
export function tagsIn(text: string, sigil: '#' | '@'): string[] {
  const body = sigil === '#' ? '[\\p{L}\\p{M}\\p{N}_]+' : '[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])?';
  const re = new RegExp(`(?<![\\p{L}\\p{N}_.@#])${sigil === '#' ? '#' : '@'}(${body})`, 'gu');
  const seen = new Set<string>();
  for (const m of text.matchAll(re)) {
    const tag = (m[1] ?? '').toLowerCase();
    if (tag && !(sigil === '#' && /^\d+$/.test(tag))) seen.add(tag);
  }
  return [...seen];
}
