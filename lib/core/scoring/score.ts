import { BrandProfile, DEFAULT_BRAND } from '../model/brand';
import type { Flag } from '../model/findings';
import { Scorecard } from '../model/scorecard';
import type { ProfileSnapshot } from '../model/snapshot';
import { postingGapFlags } from './activity';
import { engagementFlags } from './anomalies';
import { finerBand } from './benchmarks';
import { competitorFlags, competitorMentions } from './competitors';
import { costEstimate } from './cost';
import { classifyPost, disclosureByMarket } from './disclosure';
import { disclosureFlags } from './sponsorship-flags';
import { eligiblePosts, engagement } from './engagement';
import { flag, pct } from './flag';
import { genericShare } from './generic-comments';
import { followerSpikeFlags } from './history';
import { roundingFlags } from './rounding';
import { summarize } from './summary';
import { tierFor } from './tier';
import { valueFit, type Answer } from './value-fit';
import { audienceOf, targetLanguages } from './audience/audience';
import type { DetectLanguage } from './audience/languages';

export interface ScoreOptions {
  /** Earlier snapshots of the same creator, from the scout's own visits. */
  history?: ProfileSnapshot[];
  brand?: BrandProfile;
  /** The scout's answers to manual checklist items, by item id. */
  answers?: Record<string, Answer>;
  /** Passed in: scoring never reads the clock. Defaults to the snapshot's capture time. */
  now?: Date;
  /**
   * Every stored visit of the creator, recent ones included: when the page shows no follower count
   * (a post or video page), the latest visit that showed one stands in, said as such. Defaults to history.
   */
  visits?: ProfileSnapshot[];
  /** The campaign's target languages (ISO 639-1); empty or absent: those of the brand's markets. */
  languages?: string[];
  /** A local language identifier for comments the platform did not tag; absent: only the platform's tags are read. */
  detectLanguage?: DetectLanguage;
}

/** Pure and deterministic: the same snapshot and options always give the same scorecard. */
export function score(read: ProfileSnapshot, options: ScoreOptions = {}): Scorecard {
  const earlier = (options.visits ?? options.history ?? []).filter((v) => v.capturedAt <= read.capturedAt);
  const followersFrom = read.followers === null ? lastKnownFollowers(earlier) : null;
  const snapshot = followersFrom ? withFollowers(read, followersFrom) : read;
  const brand = options.brand ?? DEFAULT_BRAND;
  const now = options.now ?? new Date(snapshot.capturedAt);
  const tier = tierFor(snapshot.followers);
  const e = engagement(snapshot, tier, now, brand.benchmarkOverrides, brand.thresholds.suspiciousMultiple);
  const disclosurePosts = snapshot.posts.map(classifyPost);
  const markets = disclosureByMarket(snapshot.posts, disclosurePosts, brand.markets);
  const generic = genericShare(snapshot.comments);
  const fit = valueFit(snapshot, brand.checklist, options.answers ?? {});
  const mentions = competitorMentions(snapshot, brand.competitors, now, brand.exclusivityDays);
  const audience = audienceOf({ snapshot, visits: earlier, detect: options.detectLanguage ?? null, targets: targetLanguages(options.languages ?? [], brand.markets) });
  const flags: Flag[] = [
    ...engagementFlags(snapshot, e),
    ...followerSpikeFlags(snapshot, options.history ?? []),
    ...genericFlags(generic, brand.thresholds.genericCommentsWarn),
    ...postingGapFlags(snapshot, now, brand.thresholds.postingGapDays),
    ...disclosureFlags(disclosurePosts),
    ...competitorFlags(mentions, brand.exclusivityDays),
    ...roundingFlags(snapshot, e),
    ...audience.flags,
    // A word in several places, or several words in one post, is named once in the evidence.
    ...fit.items.filter((i) => i.status === 'fail').map((i) => flag('value-fit-fail', 'warn', `Fails "${i.label}".`,
      unique(i.matches.filter((m) => m.avoid && m.where !== 'bio').map((m) => m.where)), { item: i.id, words: unique(i.matches.filter((m) => m.avoid).map((m) => m.word)).join(', ') })),
  ];
  return Scorecard.parse({
    followersFrom,
    tier,
    tierBand: finerBand(snapshot.followers),
    engagementRate: e.median,
    engagementFormula: e.formula,
    postsUsed: e.perPost.length,
    notes: followersFrom
      ? [`Followers (${followersFrom.approximate ? '≈' : ''}${followersFrom.followers.toLocaleString('en')}) are from your visit on ${followersFrom.capturedAt.slice(0, 10)}: this page does not show them.`, ...e.notes]
      : e.notes,
    engagement: e,
    flags,
    disclosure: { posts: disclosurePosts, markets },
    genericComments: { share: generic.share, generic: generic.generic, total: generic.total, examples: generic.examples },
    valueFit: fit,
    competitors: mentions,
    cost: costEstimate(snapshot, tier, eligiblePosts(snapshot, now).used, brand),
    audience: audience.audience,
    responsiveness: audience.responsiveness,
    summary: summarize(tier, e, flags, fit.score, markets, { posts: snapshot.posts.length, comments: snapshot.comments.length }),
  });
}

/** The creator's follower count at the scout's latest visit that showed one. */
export function lastKnownFollowers(history: ProfileSnapshot[]): Scorecard['followersFrom'] {
  const known = history.filter((h) => h.followers !== null).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)).at(-1);
  if (!known || known.followers === null) return null;
  return { followers: known.followers, capturedAt: known.capturedAt, approximate: known.approximate.includes('followers') };
}

function withFollowers(snapshot: ProfileSnapshot, from: NonNullable<Scorecard['followersFrom']>): ProfileSnapshot {
  const approximate = from.approximate ? [...snapshot.approximate, 'followers'] : snapshot.approximate;
  const sources = { ...snapshot.sources, followers: `your visit on ${from.capturedAt.slice(0, 10)}` };
  return { ...snapshot, followers: from.followers, approximate, sources };
}

function genericFlags(g: ReturnType<typeof genericShare>, warnAt: number): Flag[] {
  if (g.share === null || g.total < 5 || g.share <= warnAt) return [];
  return [flag('generic-comments', g.share >= 0.5 ? 'risk' : 'warn',
    `${pct(g.share)} of the visible comments are emoji-only, generic or bare mentions — worth a look (1–3 in 20 is normal).`,
    [], { generic: g.generic, visible: g.total, share: pct(g.share) })];
}

const unique = (xs: string[]): string[] => [...new Set(xs)];
