import type { Candidate } from '../shared/draft';
import { arr, at, isObj, str, type Json } from '../../parse/json-path';
import { readCount } from '../../parse/count-text';
import { YT_SELECTORS } from './selectors';
import { textOf } from './text';

const W = YT_SELECTORS.watch;

export interface LikeReading {
  exact: Candidate<number>[];
  rounded: Candidate<number>[];
  /** A like button was there: a missing count then means the creator hid it. */
  buttonFound: boolean;
}

/** Every like count the like button shows, exact accessibility texts apart from the rounded title. */
export function likeCandidates(vp: Json, source: string): LikeReading {
  const out: LikeReading = { exact: [], rounded: [], buttonFound: false };
  for (const top of arr(at(vp, 'videoActions.menuRenderer.topLevelButtons'))) {
    for (const path of W.likeButtons) {
      const button = at(top, path);
      if (!isObj(button) || !isLikeButton(button)) continue;
      out.buttonFound = true;
      for (const textPath of W.likeTexts) {
        const r = readCount(textOf(at(button, textPath)), 'en');
        if (r.value === null) continue;
        (r.exact ? out.exact : out.rounded).push({ value: r.value, source: `${source} (${path.split('.')[0]}.${textPath})`, exact: r.exact });
      }
    }
  }
  return out;
}

// The 2021 toggleButtonRenderer path also matches the dislike button.
function isLikeButton(button: Json): boolean {
  const icon = str(at(button, 'defaultIcon.iconType')) ?? str(at(button, 'iconName'));
  return icon === null || icon === 'LIKE';
}
