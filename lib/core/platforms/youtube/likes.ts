import type { Candidate } from '../shared/draft';
import { readCount } from '../../parse/count-text';
import { enclosingOf, type ShapeMatch } from '../../parse/json-walk';
import { dig } from './dig';
import type { YtKind } from './shapes';
import { textOf } from './text';

export interface LikeReading {
  exact: Candidate<number>[];
  rounded: Candidate<number>[];
  /** A like button was there: a missing count then means the creator hid it. */
  buttonFound: boolean;
}

/**
 * Where a like button shows its count, by era, exact accessibility texts first:
 * buttonViewModel (2023–2026) "like this video along with 4,961,170 other people" and title "4.9m";
 * toggleButtonRenderer (≤2023) label "3,485,266 likes" and simpleText "3.4M".
 */
const LIKE_TEXTS: readonly { label: string; read: (b: Record<string, unknown>) => string | null }[] = [
  { label: 'accessibilityText', read: (b) => textOf(b.accessibilityText) },
  { label: 'defaultText.accessibility', read: (b) => textOf(dig(dig(b.defaultText, 'accessibility'), 'label')) },
  { label: 'accessibility.label', read: (b) => textOf(dig(b.accessibility, 'label')) },
  { label: 'accessibilityData.label', read: (b) => textOf(dig(b.accessibilityData, 'label')) },
  { label: 'title', read: (b) => textOf(b.title) },
  { label: 'defaultText', read: (b) => textOf(b.defaultText) },
];

/** Every like count the like buttons inside the video's primary info show. */
export function likeCandidates(primary: ShapeMatch<YtKind> | null, buttons: readonly ShapeMatch<YtKind>[]): LikeReading {
  const out: LikeReading = { exact: [], rounded: [], buttonFound: false };
  for (const button of buttons) {
    if (enclosingOf(button, ['primaryInfo']) !== primary) continue;
    out.buttonFound = true;
    // A Shorts page's likeButtonRenderer carries the exact number itself.
    const exactNumber = button.value.likeCount;
    if (typeof exactNumber === 'number') out.exact.push({ value: exactNumber, source: `${button.source} @ ${button.path} (likeCount)` });
    for (const { label, read } of LIKE_TEXTS) {
      const r = readCount(read(button.value), 'en');
      if (r.value === null) continue;
      (r.exact ? out.exact : out.rounded).push({ value: r.value, source: `${button.source} @ ${button.path} (${label})`, exact: r.exact });
    }
  }
  return out;
}
