import type { Post } from '../../model/snapshot';
import { isInside } from '../../parse/json-walk';
import type { DocShapes } from './collect';
import { postFromTile, tileChannels } from './posts';
import type { YtKind } from './shapes';

const TILE_KINDS: readonly YtKind[] = ['videoTile', 'lockup', 'shortsLockup', 'reelTile'];

/**
 * The channel grid tiles of one browse document, in page order, wherever they sit (first page,
 * scroll page, any tab or shelf). A tile whose byline names only other channels (a "featured
 * channels" shelf) is theirs, not this channel's.
 */
export function gridPosts(shapes: DocShapes, channelId: string | null, capturedAt: string): Post[] {
  const posts: Post[] = [];
  for (const m of shapes.matches) {
    if (!TILE_KINDS.includes(m.kind) || isInside(m, TILE_KINDS)) continue;
    const owners = tileChannels(m);
    if (channelId && owners.length > 0 && !owners.includes(channelId)) continue;
    const post = postFromTile(m, capturedAt);
    if (post) posts.push(post);
  }
  return posts;
}

