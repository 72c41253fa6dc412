import type { ScoreSummary } from '../model/score-summary';
import type { Scorecard } from '../model/scorecard';
import { verdictHead } from './verdict';
import { MIN_USABLE } from './audience/languages';

type Markets = Scorecard['disclosure']['markets'];

/** The export's disclosure cell. */
export function disclosureCell(markets: Array<Pick<Markets[number], 'market' | 'commercialPosts' | 'adequatelyDisclosed'>>): string | null {
  const parts = markets.filter((m) => m.commercialPosts > 0).map((m) => `${m.market} ${m.adequatelyDisclosed}/${m.commercialPosts}`);
  return parts.length ? parts.join('; ') : null;
}

/** The mean share adequately disclosed, ×100, over the markets that have a share: what the content sub-score averages in. */
export function disclosureScore(markets: Array<Pick<Markets[number], 'share'>>): number | null {
  const shares = markets.filter((m) => m.share !== null).map((m) => (m.share as number) * 100);
  return shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null;
}

/**
 * The summary of a full scorecard. Scorecards stored before `approximate` existed
 * lack it; they read as exact, as they did then.
 */
/** The leading comment language, unless it is the "other" bucket, nothing was read, or too few comments were to say. */
function topLanguageOf(card: Scorecard): ScoreSummary['topLanguage'] {
  if (!card.audience || card.audience.usable < MIN_USABLE) return null;
  const top = card.audience.languages[0];
  return top && top.lang !== 'other' ? { lang: top.lang, share: top.share } : null;
}

export function summaryOf(card: Scorecard, page: { isPrivate: boolean } = { isPrivate: false }): ScoreSummary {
  const items = card.valueFit.items;
  const manualFails = items.filter((i) => i.kind === 'manual' && i.status === 'fail').length;
  return {
    tier: card.tier,
    engagementRate: card.engagementRate,
    engagementVerdict: card.engagement.verdict,
    engagementApproximate: card.engagement.approximate === true,
    flags: card.flags.map((f) => f.id),
    disclosure: disclosureCell(card.disclosure.markets),
    disclosureScore: disclosureScore(card.disclosure.markets),
    valueFit: card.valueFit.score,
    manualItems: items.filter((i) => i.kind === 'manual').map((i) => i.id),
    manualPass: items.filter((i) => i.kind === 'manual' && i.status === 'pass').length,
    manualFail: manualFails,
    autoPass: items.filter((i) => i.kind === 'auto' && i.status === 'pass').length,
    autoFail: items.filter((i) => i.kind === 'auto' && i.status === 'fail').length,
    cost: card.cost ? { currency: card.cost.currency, low: card.cost.low, high: card.cost.high } : null,
    summary: { ...card.summary },
    riskIds: card.flags.filter((f) => f.severity === 'risk').map((f) => f.id),
    warns: card.flags.filter((f) => f.severity === 'warn').length - manualFails,
    checked: card.disclosure.posts.length + card.genericComments.total > 0,
    verdictHead: verdictHead(card.tier, card.engagement),
    postsUsed: card.postsUsed,
    isPrivate: page.isPrivate,
    topLanguage: topLanguageOf(card),
    repliedThreads: card.responsiveness?.replied == null ? null : { replied: card.responsiveness.replied, threads: card.responsiveness.threads },
    creatorLocation: card.audience?.creatorLocation?.country ?? null,
  };
}
