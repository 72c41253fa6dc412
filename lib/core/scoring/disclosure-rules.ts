import type { Market, Marker, PostDisclosure } from '../model/findings';
import type { Post } from '../model/snapshot';
import { findMarkers, markerKey } from './disclosure-markers';
import { layoutOf } from './disclosure-placement';

export interface MarketRule {
  /** The rule as a scout forwards it to legal, with its source. */
  rule: string;
  /** The labels this market accepts, as markerKey() gives them. */
  accepts: (key: string, strength: Marker['strength']) => boolean;
  /** What to suggest when a post uses a label this market does not accept. */
  suggest: string;
  /** Whether the platform's own paid-partnership label suffices on its own. */
  platformLabelEnough: boolean;
  /** 'upfront': before the fold and outside a hashtag block; 'first-word': leading the text. */
  placement: 'upfront' | 'first-word';
}

const AD_WORDS = /^(?:ad|ads|advert|advertisement|advertising)$/u;

// One table, one source per market (DISCLOSURE.md, "The rules in brief"):
// UK: CAP/CMA "Influencers' guide to making clear that ads are ads" (3rd ed., Mar 2023); CMA
//     "Hidden ads" guidance (Dec 2022) on gifts. The guide recommends a text label even with
//     the platform tool, so the tool alone is not counted.
// US: FTC Guides Concerning Endorsements, 16 CFR Part 255 (revised 2023), and "Disclosures 101";
//     a free product is a material connection that "#gifted" does describe.
// DE: die medienanstalten, Leitfaden Werbekennzeichnung (2022); BGH I ZR 90/20, I ZR 125/20 (9 Sep 2021).
// FR: Loi n° 2023-451 du 9 juin 2023, art. 5, as eased in Nov 2024.
// IE: ASAI, Guidance on Recognisability of Influencer Marketing Communications.
export const MARKET_RULES: Readonly<Record<Market, MarketRule>> = {
  UK: {
    rule: 'UK (ASA/CAP Influencers’ guide, CMA; gifts: CMA Dec 2022): “Ad”, “Advert”, “Advertising”, “Advertisement” or “#ad”, prominent and at the start of the caption; gifted posts need #ad too; a platform label alone is not relied on.',
    accepts: (key) => AD_WORDS.test(key),
    suggest: 'start the caption with “#ad” or “Ad”',
    platformLabelEnough: false,
    placement: 'upfront',
  },
  US: {
    rule: 'US (FTC Endorsement Guides, 16 CFR 255, rev. 2023): a clear and conspicuous text disclosure such as #ad, #sponsored or “[Brand]Partner” in the first lines, before “more”, not in a hashtag block; the platform tool alone is not enough; “sp”, “spon”, “collab” are too vague.',
    accepts: (_key, strength) => strength === 'clear' || strength === 'gifted',
    suggest: 'put “#ad” or “#sponsored” in the first line',
    platformLabelEnough: false,
    placement: 'upfront',
  },
  DE: {
    rule: 'DE (die medienanstalten Leitfaden; BGH 9 Sep 2021, I ZR 90/20): “Werbung” or “Anzeige” at the front; “#ad”, “sponsored by” and “powered by” are advised against; add a text label to the platform label.',
    accepts: (key) => /^(?:werbung|anzeige|unbezahltewerbung|werbungunbezahlt)$/u.test(key),
    suggest: 'start the caption with “Werbung” or “Anzeige”',
    platformLabelEnough: false,
    placement: 'upfront',
  },
  FR: {
    rule: 'FR (Loi n° 2023-451 du 9 juin 2023, art. 5, eased Nov 2024): “Publicité” or “Collaboration commerciale”, clear and visible for the whole content.',
    accepts: (key) => key === 'publicite' || key === 'collaborationcommerciale',
    suggest: 'add “Publicité” or “Collaboration commerciale” up front',
    platformLabelEnough: false,
    placement: 'upfront',
  },
  IE: {
    rule: 'IE (ASAI influencer guidance): #AD, the platform’s own paid-partnership tool, or #Gifted for gifts, as the first word of the text.',
    accepts: (key) => AD_WORDS.test(key) || /^(?:gifted|prgift|prgifted)$/u.test(key),
    suggest: 'make “#AD” (or “#Gifted” for a gift) the first word',
    platformLabelEnough: true,
    placement: 'first-word',
  },
};

export interface Judgement {
  adequate: boolean;
  reason: string;
}

/** Whether one commercial post is adequately disclosed under one market's rule, and if not, why. */
export function judge(post: Post, d: PostDisclosure, r: MarketRule): Judgement {
  const text = d.markers.filter((m) => m.placement !== 'label');
  const accepted = text.filter((m) => (m.strength === 'clear' || m.strength === 'gifted') && r.accepts(markerKey(m.text), m.strength));
  const layout = layoutOf(post.caption, findMarkers(post.caption));
  const placed = (m: Marker): boolean => (r.placement === 'first-word' ? m.position < layout.contentStart : m.placement === 'upfront');
  const hasLabel = d.markers.some((m) => m.placement === 'label');
  if ((hasLabel && r.platformLabelEnough) || accepted.some(placed)) return { adequate: true, reason: '' };
  const q = (m: Marker): string => `“${m.text}”`;
  const first = accepted[0];
  if (first) {
    const where = r.placement === 'first-word' && first.placement === 'upfront' ? 'is not the first word'
      : first.position >= layout.tailStart ? 'is buried in the trailing hashtag block'
        : `is buried at character ${first.position}, past the ~125-character “more” fold`;
    return { adequate: false, reason: `${q(first)} ${where}; ${r.suggest}.` };
  }
  const ofStrength = (s: Marker['strength']): Marker | undefined => text.find((m) => m.strength === s);
  const clear = ofStrength('clear');
  if (clear) return { adequate: false, reason: `${q(clear)} is not a label this market accepts; ${r.suggest}.` };
  const gifted = ofStrength('gifted');
  if (gifted) return { adequate: false, reason: `marked as a gift only (${q(gifted)}); ${r.suggest}.` };
  if (hasLabel) return { adequate: false, reason: `only the platform’s paid-partnership label; ${r.suggest}.` };
  const vague = ofStrength('ambiguous');
  if (vague) return { adequate: false, reason: `only a vague marker (${q(vague)}); ${r.suggest}.` };
  const signal = ofStrength('commercial-signal');
  if (signal) return { adequate: false, reason: `commercial signal (${q(signal)}) with no disclosure; ${r.suggest}.` };
  return { adequate: false, reason: `a sponsor is tagged but the caption discloses nothing; ${r.suggest}.` };
}
