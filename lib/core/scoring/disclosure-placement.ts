import type { Found } from './disclosure-markers';

/** Instagram cuts captions at about this many characters behind "more" (DISCLOSURE.md, Placement). */
export const FOLD = 125;

export interface Layout {
  /** Where the content begins once leading whitespace and leading disclosure labels are skipped. */
  contentStart: number;
  /** End of the first line of content. */
  firstLineEnd: number;
  /** Start of a trailing block of hashtags, or the caption's length when there is none. */
  tailStart: number;
}

const SEPARATORS = /^[\s|:.,;–—•·*-]+/u;
const TAG_TOKEN = /^(?:[\p{P}\p{S}\p{M}\p{Cf}]*[#@][\p{L}\p{M}\p{N}_.]+)+[\p{P}\p{S}\p{M}\p{Cf}]*$/u;
const FILLER_TOKEN = /^[\p{P}\p{S}\p{M}\p{Cf}]+$/u;
/** Fewer tags than this at the end read as part of the sentence, not a block. */
const MIN_BLOCK_TAGS = 3;

/**
 * The fold and the first line are measured from where the content begins, so a label put
 * in front ("#ad …") never pushes another label past the fold: the ~125 characters are an
 * approximation of what a reader sees of the content, and a leading label is itself seen.
 */
export function layoutOf(caption: string, disclosures: Found[]): Layout {
  const starts = new Map(disclosures.map((f) => [f.position, f.position + f.text.length]));
  let i = 0;
  for (;;) {
    i += SEPARATORS.exec(caption.slice(i))?.[0].length ?? 0;
    const end = starts.get(i);
    if (end === undefined) break;
    i = end;
  }
  const nl = caption.indexOf('\n', i);
  return { contentStart: i, firstLineEnd: nl === -1 ? caption.length : nl, tailStart: tailStartOf(caption, i) };
}

function tailStartOf(caption: string, contentStart: number): number {
  const tokens = [...caption.matchAll(/\S+/gu)];
  let start = caption.length;
  let tags = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (TAG_TOKEN.test(t[0])) tags += (t[0].match(/[#@]/gu) ?? []).length;
    else if (!FILLER_TOKEN.test(t[0])) break;
    start = t.index;
  }
  // A caption that is nothing but tags has no "trailing" block: the tags are all there is.
  const onlyTags = start <= contentStart;
  return tags >= MIN_BLOCK_TAGS && !onlyTags ? start : caption.length;
}

export function placementOf(position: number, layout: Layout): 'upfront' | 'buried' {
  if (position >= layout.tailStart) return 'buried';
  const early = position < layout.contentStart || position < layout.firstLineEnd || position < layout.contentStart + FOLD;
  return early ? 'upfront' : 'buried';
}
