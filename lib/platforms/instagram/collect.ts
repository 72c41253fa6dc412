import type { Post } from '../../model/snapshot';
import { at, str, type Json } from '../../parse/json-path';
import { mergePosts } from '../shared/draft';
import { itemsOf, type Body } from './bodies';
import { ownerOfApiMedia, postFromApiMedia, postFromGraphNode } from './posts';
import { IG_API_MEDIA_LISTS, IG_GRAPH_MEDIA_LISTS } from './selectors';
import { storyTrays } from './stories';

export interface CollectedPosts {
  posts: Post[];
  /** Where the posts came from, e.g. "json: window._sharedData; payload: /graphql/query". */
  source: string | null;
}

/**
 * Every post of `handle` in the page's bodies, first page first, each scroll page after,
 * without duplicates. With no handle (the home feed) every post is read, whoever made it.
 */
export function collectPosts(bodies: Body[], handle: string | null): CollectedPosts {
  const lists: Post[][] = [];
  const sources: string[] = [];
  const ours = (owner: string | null) => handle === null || owner === null || owner === handle;
  const add = (posts: Post[], source: string) => {
    if (posts.length === 0) return;
    lists.push(posts);
    if (!sources.includes(source)) sources.push(source);
  };
  for (const { body, source } of bodies) {
    for (const list of IG_GRAPH_MEDIA_LISTS) {
      // A profile object names its owner; a scroll page's bare data.user does not.
      const container = at(body, list.path.replace(/\.edge_owner_to_timeline_media\.edges$/, ''));
      if (!ours(str(at(container, 'username'))?.toLowerCase() ?? null)) continue;
      add(itemsOf(body, list).filter((n) => ours(graphOwner(n))).map(postFromGraphNode).filter(isPost), source);
    }
    const seen = new Set<Json>();
    for (const list of IG_API_MEDIA_LISTS) {
      const media = itemsOf(body, list).filter((m) => !seen.has(m) && ours(ownerOfApiMedia(m)));
      media.forEach((m) => seen.add(m));
      add(media.map(postFromApiMedia).filter(isPost), source);
    }
    const single = at(body, 'graphql.shortcode_media');
    if (ours(graphOwner(single))) add([postFromGraphNode(single)].filter(isPost), source);
    for (const tray of storyTrays(body)) {
      if (ours(tray.owner)) add(tray.posts, `${source} (stories)`);
    }
  }
  return { posts: mergePosts(lists), source: sources.length ? sources.join('; ') : null };
}

function graphOwner(node: Json): string | null {
  return str(at(node, 'owner.username'))?.toLowerCase() ?? null;
}

function isPost(p: Post | null): p is Post {
  return p !== null;
}
