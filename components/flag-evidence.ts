import type { Flag } from '@/lib/core/model/findings';

/**
 * Evidence numbers in words. A key mapped to null is not shown: it is an id, or the flag's own
 * sentence or per-post lines already say it. An unlisted key is shown with its name in words.
 */
const LABELS: Record<string, string | null> = {
  median: 'median engagement', typicalLow: 'typical from', typicalHigh: 'typical to', source: 'benchmark',
  mad: null, outlierRates: null, spread: null, item: null,
  hiddenPosts: 'posts with likes hidden', likesPerComment: 'likes per comment', typical: 'typical',
  medianViewsPerFollower: 'median views per follower', followers: 'followers',
  posts: 'posts', signals: 'signs of an ad', markers: 'labels used', competitors: 'competitors',
  exclusivityDays: 'exclusivity window (days)', daysSinceLastPost: 'days since the last post', threshold: 'flagged after (days)',
  gapDays: 'longest gap (days)', from: 'from', to: 'to', days: 'days', perDay: 'a day', fromDate: null, toDate: null,
  words: 'words found', generic: 'generic comments', visible: 'visible comments', share: 'share',
  rate: 'rate', field: null, kept: 'kept', keptFrom: 'kept from', other: 'other value', otherFrom: 'other from',
};

/** "camelCaseKey" → "camel case key", for a key no one has named yet. */
const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

const show = (v: number | string) => (typeof v === 'number' ? new Intl.NumberFormat().format(v) : v);

/** The evidence numbers worth showing, as "label: value" pairs. */
export function evidenceLines(flag: Flag): string[] {
  return Object.entries(flag.evidence.numbers).flatMap(([key, value]) => {
    const label = key in LABELS ? LABELS[key] : words(key);
    return label === null || label === undefined ? [] : [`${label}: ${show(value)}`];
  });
}
