import { isFinding, type FlagId } from '../core/model/findings';

/** Each flag in two or three plain words, for a table cell; the drawer has the full sentences. */
export const FLAG_WORDS: Record<FlagId, string> = {
  'engagement-low': 'low engagement',
  'engagement-high': 'high engagement',
  'engagement-outlier': 'outlier posts',
  'engagement-inconsistent': 'uneven engagement',
  'like-comment-ratio': 'odd likes to comments',
  'view-follower-ratio': 'odd views to followers',
  'follower-spike': 'follower spike',
  'generic-comments': 'generic comments',
  'posting-gap': 'posting gap',
  'hidden-likes': 'likes hidden',
  'undisclosed-sponsorship': 'undisclosed ad',
  'ambiguous-disclosure': 'unclear disclosure',
  'buried-disclosure': 'buried disclosure',
  'competitor-mention': 'competitor post',
  'value-fit-fail': 'fails value fit',
  'rounded-followers': 'rounded follower count',
  'approximate-engagement': 'approximate engagement',
  'reader-disagreement': 'readers disagree',
  'language-mismatch': 'comments in other languages',
};

export interface RowFlag {
  id: FlagId;
  word: string;
  /** The row keeps only which flags were raised as risks; the rest are "worth a look". */
  severity: 'risk' | 'warn';
}

/** A row's findings (notes on rounded numbers left out), once each, risks first. */
export function rowFlags(flags: readonly FlagId[], riskIds: readonly FlagId[]): RowFlag[] {
  const risky = new Set(riskIds);
  const found = [...new Set(flags)].filter(isFinding).map((id): RowFlag => ({ id, word: FLAG_WORDS[id], severity: risky.has(id) ? 'risk' : 'warn' }));
  return [...found.filter((f) => f.severity === 'risk'), ...found.filter((f) => f.severity === 'warn')];
}
