import { describe, expect, it } from 'vitest';
import type { FlagId } from '@/lib/core/model/findings';
import type { Post } from '@/lib/core/model/snapshot';
import { score } from '@/lib/core/scoring/score';
import { NOW, cleanPosts, cleanSnapshot, daysAgo, makePost } from '../../helpers/snapshots';

const IDS: FlagId[] = ['undisclosed-sponsorship', 'ambiguous-disclosure', 'buried-disclosure'];
const disclosureFlags = (...posts: Partial<Post>[]) =>
  score(cleanSnapshot({ posts: [...cleanPosts(3), ...posts.map((p) => makePost({ publishedAt: daysAgo(4), ...p }))] }), { now: NOW })
    .flags.filter((f) => IDS.includes(f.id));

describe('disclosure flags', () => {
  it('none on a clean snapshot, nor on a clear upfront #ad or a platform label', () => {
    expect(disclosureFlags()).toEqual([]);
    expect(disclosureFlags({ caption: '#ad Loving my new boots from @brand, code ANNA20' })).toEqual([]);
    expect(disclosureFlags({ caption: 'Ad: new boots from @brand', paidPartnership: true })).toEqual([]);
  });

  it('undisclosed-sponsorship: a discount code beside a brand, or a tagged sponsor, with no disclosure', () => {
    const f = disclosureFlags(
      { id: 'code', caption: 'Loving these boots from @brand use code ANNA20' },
      { id: 'tagged', caption: 'Sunny day out', sponsors: ['brand'] },
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ id: 'undisclosed-sponsorship', severity: 'risk' });
    expect(f[0]?.evidence.postIds).toEqual(['code', 'tagged']);
    expect(f[0]?.evidence.numbers.posts).toBe(2);
    expect(f[0]?.evidence.numbers.signals).toBe('use code');
  });

  it('ambiguous-disclosure: a label regulators call too vague', () => {
    const [f, ...rest] = disclosureFlags({ id: 'spon', caption: '#spon new boots from @brand' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ id: 'ambiguous-disclosure', severity: 'warn', evidence: { postIds: ['spon'], numbers: { posts: 1, markers: '#spon' } } });
  });

  it('buried-disclosure: the only label sits in a trailing hashtag block', () => {
    const [f, ...rest] = disclosureFlags({ id: 'tail', caption: 'Sunday walk with @brand\n\n#sunday #walk #ad #sea' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ id: 'buried-disclosure', severity: 'warn', evidence: { postIds: ['tail'], numbers: { posts: 1 } } });
  });

  it('a buried label beside an upfront one is not buried', () => {
    expect(disclosureFlags({ caption: '#ad Sunday walk with @brand\n\n#sunday #walk #ad #sea' })).toEqual([]);
  });
});
