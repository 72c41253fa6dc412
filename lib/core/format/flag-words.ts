import type { FlagId } from '../model/findings';

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
