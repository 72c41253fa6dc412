import type { DetectLanguage } from './languages';

/**
 * The local language identifier, loaded on first use: eld's extra-small build (Apache-2.0, about
 * 0.27 MB gzipped). A survey on 155 real comments found it right on 94.3% of comments of 3+ words;
 * fastText's model is CC BY-SA, and tinyld, cld3-asm and franc did far worse. Dynamic, so only the
 * pages that show languages (the side panel) and the CLI ever load it — never a content script.
 */
export async function loadDetector(): Promise<DetectLanguage> {
  const { eld } = await import('eld/extrasmall');
  return (text) => {
    const found = eld.detect(text);
    // eld says "" when it cannot tell. Its isReliable() turned away right answers on short
    // comments ("Dónde compraste esa chaqueta tan bonita"), so only "" reads as unknown.
    return found.language || null;
  };
}
