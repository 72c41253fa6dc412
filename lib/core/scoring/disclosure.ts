import type { DisclosureStatus, JurisdictionVerdict, Market, Marker, PostDisclosure } from '../model/findings';
import type { Post } from '../model/snapshot';
import { findMarkers } from './disclosure-markers';
import { layoutOf, placementOf } from './disclosure-placement';
import { judge, MARKET_RULES } from './disclosure-rules';
import { findSignals } from './disclosure-signals';

export { MARKET_RULES } from './disclosure-rules';
export { detectDisclosureText } from './disclosure-text';

/**
 * How well a post discloses, worst to best. A text label outranks the platform label
 * alone because most markets (UK, US, DE, FR) want the text label as well.
 */
export const STATUS_RANK: Readonly<Record<DisclosureStatus, number>> = {
  'none': 0, 'undisclosed-commercial': 0, 'ambiguous': 1, 'gifted': 2, 'platform-label': 3, 'clear': 4,
};

const MENTION = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]/u;

export function hasPlatformLabel(post: Post): boolean {
  return post.paidPartnership === true || Boolean(post.disclosureLabel?.trim());
}

/** The disclosure markers and commercial signals of one post, with where each sits. */
export function classifyPost(post: Post): PostDisclosure {
  const caption = post.caption;
  const disclosures = findMarkers(caption);
  const hasBrand = post.mentions.length > 0 || post.sponsors.length > 0 || MENTION.test(caption);
  const signals = findSignals(caption, hasBrand);
  const layout = layoutOf(caption, disclosures);
  const markers: Marker[] = [...disclosures, ...signals]
    .sort((a, b) => a.position - b.position)
    .map((f) => ({ ...f, placement: placementOf(f.position, layout) }));
  const label = hasPlatformLabel(post);
  if (label) {
    markers.unshift({ text: post.disclosureLabel?.trim() || 'Paid partnership', strength: 'platform-label', position: -1, placement: 'label' });
  }
  return { postId: post.id, status: statusOf(markers, label, post.sponsors.length > 0), markers };
}

function statusOf(markers: Marker[], label: boolean, sponsored: boolean): DisclosureStatus {
  const has = (s: Marker['strength']): boolean => markers.some((m) => m.strength === s);
  if (has('clear')) return 'clear';
  if (label) return 'platform-label';
  if (has('gifted')) return 'gifted';
  if (has('ambiguous')) return 'ambiguous';
  if (has('commercial-signal') || sponsored) return 'undisclosed-commercial';
  return 'none';
}

/**
 * Per market: how many posts are commercial (any label, marker, sponsor or signal), how many of
 * those meet that market's rule, and why each of the rest falls short.
 */
export function disclosureByMarket(posts: Post[], classified: PostDisclosure[], markets: Market[]): JurisdictionVerdict[] {
  const byId = new Map(classified.map((d) => [d.postId, d]));
  const commercial = posts
    .map((post) => ({ post, d: byId.get(post.id) ?? classifyPost(post) }))
    .filter(({ d }) => d.status !== 'none');
  return markets.map((market) => {
    const r = MARKET_RULES[market];
    const postsAtFault: JurisdictionVerdict['postsAtFault'] = [];
    for (const { post, d } of commercial) {
      const j = judge(post, d, r);
      if (!j.adequate) postsAtFault.push({ postId: post.id, reason: j.reason });
    }
    const adequatelyDisclosed = commercial.length - postsAtFault.length;
    const share = commercial.length === 0 ? null : adequatelyDisclosed / commercial.length;
    return { market, rule: r.rule, commercialPosts: commercial.length, adequatelyDisclosed, share, postsAtFault };
  });
}
