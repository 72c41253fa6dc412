import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { scoreRead } from '@/lib/background/handlers';
import { newComment } from '@/lib/core/platforms/shared/draft';
import { db } from '@/lib/store/schema';
import { makePost, makeSnapshot } from '../../helpers/snapshots';

/** The page of one post, opened `minutes` after 10:00, with the same three fans and one passer-by commenting. */
function postPage(id: string, minutes: number) {
  const at = new Date(Date.parse('2026-11-01T10:00:00.000Z') + minutes * 60_000).toISOString();
  const post = makePost({ id, publishedAt: '2026-10-20T12:00:00.000Z' });
  const comments = ['fan.one', 'fan.two', 'fan.three', `passer.${id}`].map((author) => newComment({ author, postId: id, text: `Lovely post ${id} from ${author}`, publishedAt: '2026-10-20T12:05:00.000Z' }));
  return makeSnapshot({ handle: 'wren', profileUrl: 'https://www.instagram.com/wren/', followers: null, capturedAt: at, posts: [post], comments });
}

describe('repeat commenters across the posts the scout opened', () => {
  it('counts every post page opened, minutes apart and past the visits kept in full', async () => {
    const d = db();
    await d.open();
    await Promise.all(d.tables.map((t) => t.clear()));
    for (const [i, id] of ['A', 'B', 'C', 'D', 'E'].entries()) await scoreRead(postPage(id, 3 * i), null, true);
    // Five posts opened three minutes apart are five visits, not one replaced four times.
    expect(await d.snapshots.count()).toBe(5);
    const last = await scoreRead(postPage('F', 15), null, true);
    expect(last.score.audience?.postsOpened).toBe(6);
    expect(last.score.audience?.repeatCommenters.map((r) => [r.handle, r.posts, r.medianDelayMinutes])).toEqual([['fan.one', 6, 5], ['fan.three', 6, 5], ['fan.two', 6, 5]]);
    // The older visits lost their texts to compaction, not who commented where.
    const compacted = (await d.snapshots.toArray()).filter((r) => r.compacted);
    expect(compacted.length).toBeGreaterThan(0);
    expect(compacted.every((r) => r.snapshot.comments.length === 4 && r.snapshot.comments.every((c) => c.text === ''))).toBe(true);
    d.close();
  });
});
