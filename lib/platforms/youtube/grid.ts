import type { Post } from '../../model/snapshot';
import { at, findAll, type Json } from '../../parse/json-path';
import { postFromTile } from './posts';
import { YT_SELECTORS } from './selectors';

/**
 * The channel grid tiles of one browse document, in page order: the first page under
 * contents, each scroll page under onResponseReceivedActions.
 */
export function gridPosts(data: Json, capturedAt: string): Post[] {
  const posts: Post[] = [];
  for (const root of YT_SELECTORS.gridRoots) {
    const sub = at(data, root);
    if (sub === undefined) continue;
    for (const { key, value } of findAll(sub, YT_SELECTORS.itemKeys)) {
      const post = postFromTile(key, value, capturedAt);
      if (post) posts.push(post);
    }
  }
  return posts;
}
