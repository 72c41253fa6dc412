import type { Flag } from '../model/findings';
import type { ProfileSnapshot } from '../model/snapshot';
import { traitsOf } from '../platforms/traits';
import type { EngagementResult } from './engagement';
import { flag, pct } from './flag';
import { mean, median } from './stats';

/** Robust z-score cut-off (Iglewicz & Hoaglin): |0.6745·(x − median)/MAD| > 3.5 marks an outlier. */
const MAD_CUTOFF = 3.5;

/** Engagement patterns worth a look. Each has innocent explanations, and the message says so. */
export function engagementFlags(snapshot: ProfileSnapshot, e: EngagementResult): Flag[] {
  const flags: Flag[] = [];
  const b = e.benchmark;
  // The posts behind the median are the evidence for any judgement of the median itself.
  const usedIds = e.perPost.map((r) => r.postId);
  if (e.median !== null && b) {
    const numbers = { median: pct(e.median), typicalLow: pct(b.low), typicalHigh: pct(b.high), source: b.source };
    if (e.verdict === 'low') flags.push(flag('engagement-low', 'warn', `Engagement is below the typical ${pct(b.low)}–${pct(b.high)} for this platform and tier.`, usedIds, numbers));
    if (e.verdict === 'suspiciously-high') flags.push(flag('engagement-high', 'warn', 'Engagement is far above the typical band — worth a look: giveaways and viral posts do this, and so do engagement pods.', usedIds, numbers));
  }
  const rates = e.perPost.map((r) => r.rate);
  const med = median(rates);
  const mad = med === null ? null : median(rates.map((r) => Math.abs(r - med)));
  if (med !== null && mad !== null && rates.length >= 5) {
    // When most posts tie, MAD is 0 and would hide even a huge outlier; fall back to the mean
    // absolute deviation, scaled to match (IBM SPSS's rule for the modified z-score: 1.253314 · MeanAD).
    const meanAd = (mean(rates.map((r) => Math.abs(r - med))) as number) * 1.253314 * 0.6745;
    const scale = mad > 0 ? mad : meanAd;
    if (scale > 0) {
      const outliers = e.perPost.filter((r) => Math.abs((0.6745 * (r.rate - med)) / scale) > MAD_CUTOFF);
      if (outliers.length) {
        flags.push(flag('engagement-outlier', 'info', `${outliers.length} post(s) stand far from the creator's usual engagement — worth a look (a viral post or a giveaway is the usual reason).`,
          outliers.map((o) => o.postId), { median: pct(med), mad: pct(mad), outlierRates: outliers.map((o) => pct(o.rate)).join(', ') }));
      }
      // A spread as wide as the median itself means no "typical" post exists.
      if (mad / med > 0.6) {
        flags.push(flag('engagement-inconsistent', 'info', 'Engagement swings widely from post to post, so the median is a rough guide — worth a look.', usedIds, { median: pct(med), mad: pct(mad), spread: mad / med }));
      }
    }
  }
  flags.push(...ratioFlags(snapshot, e));
  // Every post hiding its likes, including YouTube videos still used for views / subscribers.
  const hidden = snapshot.posts.filter((p) => p.likesHidden).map((p) => p.id);
  if (hidden.length) {
    flags.push(flag('hidden-likes', 'info', 'The creator hides like counts on some posts; like-based rates leave those posts out, never counting them as 0.', hidden, { hiddenPosts: hidden.length }));
  }
  return flags;
}

function ratioFlags(snapshot: ProfileSnapshot, e: EngagementResult): Flag[] {
  const flags: Flag[] = [];
  const used = snapshot.posts.filter((p) => e.perPost.some((r) => r.postId === p.id));
  const withRatio = used.filter((p) => p.likes !== null && p.comments !== null && p.comments > 0);
  const ratios = withRatio.map((p) => (p.likes as number) / (p.comments as number));
  const ratio = median(ratios);
  const traits = traitsOf(snapshot.platform).anomalies;
  if (traits.likesPerComment && ratio !== null && ratios.length >= 3) {
    const { typical, source } = traits.likesPerComment;
    if (ratio > typical * 4 || ratio < typical / 6) {
      flags.push(flag('like-comment-ratio', 'warn', ratio > typical * 4
        ? 'Few comments for the likes — worth a look: bought likes look like this, so do posts with comments turned down.'
        : 'Unusually many comments for the likes — worth a look: giveaways and comment pods look like this.',
      withRatio.map((p) => p.id), { likesPerComment: ratio, typical: `${typical}:1 (${source})` }));
    }
  }
  const followers = snapshot.followers;
  const viewed = used.filter((p) => p.views !== null && (p.kind === 'reel' || p.kind === 'video' || traits.everyPostHasViews));
  const viewShare = followers ? median(viewed.map((p) => (p.views as number) / followers)) : null;
  // Fewer than 1 view per 20 followers on video suggests an audience that does not watch.
  if (viewShare !== null && viewed.length >= 3 && viewShare < 0.05 && traits.viewsPerFollower) {
    flags.push(flag('view-follower-ratio', 'warn', 'Videos reach few of the followers — worth a look: inactive or bought followers look like this.',
      viewed.map((p) => p.id), { medianViewsPerFollower: pct(viewShare), followers: followers ?? 'unknown' }));
  }
  return flags;
}
