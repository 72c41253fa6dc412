import type { ChecklistItem } from '../model/brand';
import type { ProfileSnapshot } from '../model/snapshot';
import { findWords } from './words';

export type Answer = 'yes' | 'no' | 'unsure';

export interface ValueFitItem {
  id: string;
  label: string;
  kind: 'auto' | 'manual';
  status: 'pass' | 'fail' | 'unanswered';
  /** For automatic items: the words found, and where ('bio' or a post id). */
  matches: { word: string; where: string; avoid: boolean }[];
}

export interface ValueFit {
  items: ValueFitItem[];
  /** Share passed among the answered items; null when nothing is answered yet. */
  score: number | null;
}

/**
 * The brand's checklist. An automatic item fails on an "avoid" word, passes on a
 * "look for" word, and otherwise stays unanswered: no evidence is not a failure.
 */
export function valueFit(snapshot: ProfileSnapshot, checklist: ChecklistItem[], answers: Record<string, Answer>): ValueFit {
  const texts = [{ where: 'bio', text: snapshot.bio ?? '' }, ...snapshot.posts.map((p) => ({ where: p.id, text: p.caption }))];
  const items = checklist.map((item): ValueFitItem => {
    if (item.kind === 'manual') {
      return { id: item.id, label: item.label, kind: 'manual', status: manualStatus(answers[item.id]), matches: [] };
    }
    const matches = texts.flatMap(({ where, text }) => [
      ...findWords(text, item.avoid).map((word) => ({ word, where, avoid: true })),
      ...findWords(text, item.lookFor).map((word) => ({ word, where, avoid: false })),
    ]);
    const status = matches.some((m) => m.avoid) ? 'fail' : matches.length > 0 ? 'pass' : 'unanswered';
    return { id: item.id, label: item.label, kind: 'auto', status, matches: matches.slice(0, 20) };
  });
  return { items, score: fitScore(items) };
}

/** The share passed among the answered items; null when nothing is answered yet. */
export function fitScore(items: Array<Pick<ValueFitItem, 'status'>>): number | null {
  const answered = items.filter((i) => i.status !== 'unanswered');
  return answered.length ? answered.filter((i) => i.status === 'pass').length / answered.length : null;
}

/** A manual item's status from the scout's answer ("unsure" and no answer stay unanswered). */
export function manualStatus(answer: Answer | undefined): ValueFitItem['status'] {
  return answer === 'yes' ? 'pass' : answer === 'no' ? 'fail' : 'unanswered';
}

/** The brief's common values, ready to add from the options page. */
export const VALUE_PRESETS: ChecklistItem[] = [
  { id: 'inclusivity', label: 'Inclusive: celebrates a diverse audience', kind: 'auto', lookFor: ['inclusive', 'inclusivity', 'diversity', 'accessible', 'pride', 'body positive', 'everybody welcome'], avoid: [] },
  { id: 'sustainability', label: 'A clear stance on sustainability', kind: 'auto', lookFor: ['sustainable', 'sustainability', 'secondhand', 'second-hand', 'thrifted', 'upcycled', 'zero waste', 'slow fashion', 'repair', 'mending'], avoid: ['haul', 'fast fashion'] },
  { id: 'no-policy-conflicts', label: 'Avoids topics that conflict with company policy', kind: 'auto', lookFor: [], avoid: ['gambling', 'casino', 'betting', 'vape', 'vaping', 'crypto giveaway', 'onlyfans'] },
  { id: 'content-style', label: 'Content style fits the brand', kind: 'manual', lookFor: [], avoid: [] },
];
