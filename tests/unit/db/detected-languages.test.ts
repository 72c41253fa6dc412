import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { detectorFrom, scoreRead } from '@/lib/background/handlers';
import { newComment } from '@/lib/core/platforms/shared/draft';
import { db } from '@/lib/store/schema';
import { makePost, makeSnapshot } from '../../helpers/snapshots';

const comments = [
  newComment({ author: 'a', text: 'Das ist wirklich sehr schön', postId: 'P1' }),
  newComment({ author: 'b', text: 'This is really lovely', postId: 'P1' }),
  newComment({ author: 'c', text: '🔥🔥', postId: 'P1' }),
];
const snap = makeSnapshot({ handle: 'wren', capturedAt: '2026-11-01T10:00:00.000Z', posts: [makePost({ id: 'P1' })], comments });

describe('languages the panel read', () => {
  it('score the comments they were read from, as "detected"', async () => {
    await Promise.all(db().tables.map((t) => t.clear()));
    const scored = await scoreRead(snap, null, false, undefined, detectorFrom(snap, ['de', 'en', null]));
    expect(scored.score.audience).toMatchObject({ source: 'detected', usable: 2, visible: 3, languages: [{ lang: 'de', share: 0.5 }, { lang: 'en', share: 0.5 }] });
    const without = await scoreRead(snap, null, false);
    expect(without.score.audience).toMatchObject({ source: null, languages: [], usable: 2 });
  });

  it('are ignored when they do not line up with the snapshot\'s comments', () => {
    expect(detectorFrom(snap, ['de', 'en'])).toBeUndefined();
    expect(detectorFrom(snap, undefined)).toBeUndefined();
  });
});
