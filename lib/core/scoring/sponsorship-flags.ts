import type { Flag, PostDisclosure } from '../model/findings';
import { flag } from './flag';

/** Turns per-post disclosure findings into the scout's flags, each naming its posts. */
export function disclosureFlags(posts: PostDisclosure[]): Flag[] {
  const flags: Flag[] = [];
  const undisclosed = posts.filter((p) => p.status === 'undisclosed-commercial');
  if (undisclosed.length) {
    flags.push(flag('undisclosed-sponsorship', 'risk', `${undisclosed.length} post(s) look sponsored (brand tag with a discount code or affiliate link) but carry no disclosure.`,
      undisclosed.map((p) => p.postId), { posts: undisclosed.length, signals: [...new Set(undisclosed.flatMap((p) => p.markers.map((m) => m.text)))].join(', ') }));
  }
  const ambiguous = posts.filter((p) => p.status === 'ambiguous');
  if (ambiguous.length) {
    flags.push(flag('ambiguous-disclosure', 'warn', `${ambiguous.length} post(s) use labels regulators call inadequate (e.g. #spon, #collab, "thanks to @brand").`,
      ambiguous.map((p) => p.postId), { posts: ambiguous.length, markers: [...new Set(ambiguous.flatMap((p) => p.markers.map((m) => m.text)))].join(', ') }));
  }
  const buried = posts.filter((p) => {
    // The platform label is not text: a post whose only text disclosure is buried is buried, label or not.
    const disclosing = p.markers.filter((m) => m.strength === 'clear' || m.strength === 'gifted');
    return disclosing.length > 0 && disclosing.every((m) => m.placement === 'buried');
  });
  if (buried.length) {
    flags.push(flag('buried-disclosure', 'warn', `${buried.length} post(s) disclose only after the "more" cut-off or inside a hashtag block.`,
      buried.map((p) => p.postId), { posts: buried.length }));
  }
  return flags;
}
