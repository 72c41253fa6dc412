import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Market } from '@/lib/core/model/findings';
import type { Post } from '@/lib/core/model/snapshot';
import { newPost } from '@/lib/core/platforms/shared/draft';
import { classifyPost, detectDisclosureText, disclosureByMarket, STATUS_RANK } from '@/lib/core/scoring/disclosure';

let n = 0;
const post = (caption: string, extra: Partial<Post> = {}): Post =>
  newPost({ id: `p${++n}`, url: 'https://www.instagram.com/p/x/', caption, ...extra });
const MARKETS: Market[] = ['UK', 'US', 'DE', 'FR', 'IE'];
const status = (caption: string, extra?: Partial<Post>) => classifyPost(post(caption, extra)).status;

/** Market → whether this one post is adequately disclosed there. */
function verdicts(p: Post): Record<Market, boolean> {
  const out = {} as Record<Market, boolean>;
  for (const v of disclosureByMarket([p], [classifyPost(p)], MARKETS)) out[v.market] = v.adequatelyDisclosed === 1;
  return out;
}
const reasonFor = (p: Post, m: Market): string =>
  disclosureByMarket([p], [classifyPost(p)], [m])[0]?.postsAtFault[0]?.reason ?? '';

const LONG = 'A long story about my morning routine, the coffee, the light, the walk by the sea and the dog who would not stop barking at gulls';

describe('classifyPost: markers and placement', () => {
  it('finds #ad up front', () => {
    const d = classifyPost(post('#ad Loving my new trainers from @brand'));
    expect(d.status).toBe('clear');
    expect(d.markers[0]).toMatchObject({ text: '#ad', strength: 'clear', position: 0, placement: 'upfront' });
  });

  it('calls #ad in a trailing hashtag block buried', () => {
    const caption = 'Sunday walk with @brand\n\n#sunday #walk #ad #sea';
    const d = classifyPost(post(caption));
    expect(d.markers.find((m) => m.text === '#ad')).toMatchObject({ placement: 'buried', position: caption.indexOf('#ad') });
    expect(reasonFor(post(caption), 'UK')).toMatch(/hashtag block/);
  });

  it('calls a marker past the ~125-character fold buried, and one in the first line up front', () => {
    expect(classifyPost(post(`Hi\n${LONG}. Ad: thanks @brand`)).markers[0]?.placement).toBe('buried');
    expect(classifyPost(post(`${LONG}, Ad: thanks @brand`)).markers[0]?.placement).toBe('upfront');
  });

  it('tells "Ad:" from "Adidas", "#ad" from "#adventure", and a label from prose', () => {
    expect(status('Ad: new season from @zara')).toBe('clear');
    expect(status('[AD] new season')).toBe('clear');
    expect(status('Adidas run this morning')).toBe('none');
    expect(status('#adventure #adorable')).toBe('none');
    expect(status('Ad campaign shoot day, so tired')).toBe('none');
    expect(status('a gifted singer, truly')).toBe('none');
  });

  it('reads German and French labels, accents folded', () => {
    expect(status('Werbung | Neue Creme von @nivea')).toBe('clear');
    expect(status('#Anzeige Mein Lieblingsshampoo')).toBe('clear');
    expect(status('Publicité - nouveau parfum')).toBe('clear');
    expect(status('#publicite nouveau parfum')).toBe('clear');
    expect(status('Unbezahlte Werbung: Buch von @verlag')).toBe('gifted');
  });

  it('marks gifts, vague markers, and the platform label', () => {
    expect(status('#gifted by @glossier, love it')).toBe('gifted');
    expect(status('Lip oil c/o @glossier')).toBe('gifted');
    for (const c of ['Summer glow #spon', 'Fun shoot #collab', 'Big thanks to @brand for the trip']) expect(status(c)).toBe('ambiguous');
    const d = classifyPost(post('New drop', { paidPartnership: true, disclosureLabel: 'Paid partnership with brand' }));
    expect(d.status).toBe('platform-label');
    expect(d.markers[0]).toMatchObject({ strength: 'platform-label', position: -1, placement: 'label' });
  });

  it('flags commercial signals with no disclosure', () => {
    expect(status('Use my code ANNA20 for 20% off at @gymshark')).toBe('undisclosed-commercial');
    expect(status('Grab it here amzn.to/3xYz')).toBe('undisclosed-commercial');
    expect(status('Link in bio to shop my favourites')).toBe('undisclosed-commercial');
    expect(status('Full review bit.ly/abc with @brand')).toBe('undisclosed-commercial');
    expect(status('New post', { sponsors: ['brand'] })).toBe('undisclosed-commercial');
  });

  it('does not call everyday text commercial', () => {
    expect(status('Sunset at the beach with my sister 🌅 #sunset #family')).toBe('none');
    expect(status('Read the code of conduct before the run')).toBe('none');
    expect(status('My essay: bit.ly/essay')).toBe('none');
  });
});

describe('disclosureByMarket', () => {
  it('accepts a gift label in Ireland but not in the UK, where gifts need #ad', () => {
    const v = verdicts(post('#gifted skincare from @brand'));
    expect(v).toMatchObject({ IE: true, UK: false });
    expect(reasonFor(post('#gifted skincare from @brand'), 'UK')).toMatch(/gift/);
  });

  it('counts the platform label alone only in Ireland', () => {
    expect(verdicts(post('New drop', { paidPartnership: true }))).toEqual({ UK: false, US: false, DE: false, FR: false, IE: true });
  });

  it('wants the local words in Germany and France', () => {
    expect(verdicts(post('#ad new serum'))).toEqual({ UK: true, US: true, DE: false, FR: false, IE: true });
    expect(verdicts(post('Werbung: neues Serum'))).toMatchObject({ DE: true, UK: false, FR: false });
    expect(verdicts(post('Collaboration commerciale avec @marque'))).toMatchObject({ FR: true, DE: false });
  });

  it('accepts #sponsored in the US but not the UK', () => {
    expect(verdicts(post('#sponsored trip with @airline'))).toMatchObject({ US: true, UK: false });
  });

  it('wants #AD as the first word in Ireland, up front elsewhere', () => {
    expect(verdicts(post('Loving this serum #ad @brand'))).toMatchObject({ UK: true, IE: false });
  });

  it('counts commercial posts, the share, and a reason per post at fault', () => {
    const posts = [post('#ad new in'), post('Use my code SAM10 @brand'), post('Beach day'), post('Collab #spon')];
    const [uk] = disclosureByMarket(posts, posts.map(classifyPost), ['UK']);
    expect(uk).toMatchObject({ market: 'UK', commercialPosts: 3, adequatelyDisclosed: 1 });
    expect(uk?.share).toBeCloseTo(1 / 3);
    expect(uk?.postsAtFault.map((f) => f.postId)).toEqual([posts[1]?.id, posts[3]?.id]);
    expect(uk?.rule).toMatch(/ASA/);
  });

  it('has no share when nothing is commercial', () => {
    const [us] = disclosureByMarket([post('Beach day')], [], ['US']);
    expect(us).toMatchObject({ commercialPosts: 0, share: null, postsAtFault: [] });
  });
});

describe('detectDisclosureText', () => {
  it.each([
    'Links below are affiliate links.',
    'I earn a small commission if you buy through these.',
    'As an Amazon Associate I earn from qualifying purchases.',
    'This video is sponsored by a VPN.',
    'Support the channel by shopping through the links below!',
  ])('finds a disclosure in %j', (t) => expect(detectDisclosureText(t)).toBe(true));
  it.each([
    'Camera: amzn.to/abc',
    'Thanks for the support, see you next week!',
    'This video is not sponsored and I am not affiliated with anyone.',
    'Learn affiliate marketing in ten steps.',
  ])('finds none in %j', (t) => expect(detectDisclosureText(t)).toBe(false));
});

describe('property: a clear upfront "#ad " never makes things worse', () => {
  const fragment = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('Werbung:', 'Anzeige', '#gifted', '#spon', 'Publicité', 'use my code X10', '@brand', 'amzn.to/x', '#sun #sea #sky', '\n', '\n\n', 'Ad:'),
  );
  const caption = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' '));
  it('keeps the status rank and every market’s adequate count', () => {
    fc.assert(fc.property(fc.array(caption, { minLength: 1, maxLength: 4 }), (captions) => {
      const before = captions.map((c) => post(c));
      const after = captions.map((c) => post(`#ad ${c}`));
      before.forEach((p, i) => {
        expect(STATUS_RANK[classifyPost(after[i]!).status]).toBeGreaterThanOrEqual(STATUS_RANK[classifyPost(p).status]);
      });
      const was = disclosureByMarket(before, before.map(classifyPost), MARKETS);
      const now = disclosureByMarket(after, after.map(classifyPost), MARKETS);
      was.forEach((v, i) => expect(now[i]!.adequatelyDisclosed).toBeGreaterThanOrEqual(v.adequatelyDisclosed));
    }), { numRuns: 300 });
  });
});
