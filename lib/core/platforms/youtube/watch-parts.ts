import { str, type Json } from '../../parse/json-path';
import { readCount } from '../../parse/count-text';
import type { ShapeMatch } from '../../parse/json-walk';
import type { Candidate } from '../shared/draft';
import { type DocShapes, ofKind, origin } from './collect';
import { dig, digAll, digStr } from './dig';
import type { YtKind } from './shapes';
import { textOf } from './text';

/** The video a document is about: a /next response's currentVideoEndpoint (a Shorts page's reelWatchEndpoint), a player's videoDetails; null when it names none. */
export function videoIdOf(shapes: DocShapes): string | null {
  for (const root of ofKind(shapes, 'watchRoot')) {
    const id = digStr(root.value.currentVideoEndpoint ?? root.value.replacementEndpoint, 'videoId');
    if (id) return id;
  }
  const details = ofKind(shapes, 'videoDetails')[0];
  return details ? str(details.value.videoId) : null;
}

export function viewsFrom(text: string | null, source: string): Candidate<number> {
  // A stream on air shows "1,234 watching now": viewers, not views.
  if (!text || /watching/i.test(text)) return { value: null, source };
  const r = readCount(text, 'en');
  return { value: r.value, source, exact: r.exact };
}

/** The view counts a videoPrimaryInfoRenderer shows: exact "203,117 views", then the short "203K views". */
export function primaryViews(vp: ShapeMatch<YtKind>): { exact: Candidate<number>; short: Candidate<number> } {
  const counter = vp.value.viewCount;
  return {
    exact: viewsFrom(textOf(dig(counter, 'viewCount')), `${origin(vp)} (viewCount)`),
    short: viewsFrom(textOf(dig(counter, 'shortViewCount')), `${origin(vp)} (shortViewCount)`),
  };
}

export function isLiveNow(vp: ShapeMatch<YtKind>): boolean {
  return dig(vp.value.viewCount, 'isLive') === true;
}

/** The comments engagement panel's count: "99k" (rounded), "365" (exact). */
export function commentPanel(panel: ShapeMatch<YtKind>): Candidate<number> {
  const r = readCount(textOf(dig(panel.value, 'contextualInfo')), 'en');
  return { value: r.value, source: `${origin(panel)} (comments panel)`, exact: r.exact };
}

/** "Includes paid promotion" in the player response; its label is the page's own words. */
export function paidLabel(holder: ShapeMatch<YtKind>): string {
  return textOf(dig(holder.value.paidContentOverlay, 'text')) ?? 'Includes paid promotion';
}

export function isUnlistedBadge(vp: ShapeMatch<YtKind>): boolean {
  const badges: Json = vp.value.badges;
  return digAll(badges, 'iconType').includes('PRIVACY_UNLISTED') || digAll(badges, 'label').some((l) => /unlisted/i.test(str(l) ?? ''));
}

/** The description: attributedDescription (2023–2026) or description runs (≤2023), or the player's shortDescription. */
export function descriptionOf(secondary: ShapeMatch<YtKind>): string | null {
  return textOf(secondary.value.attributedDescription) ?? textOf(secondary.value.description);
}
