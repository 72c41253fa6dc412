import type { Post } from '../../model/snapshot';
import { arr, isObj, str, type Json } from '../../parse/json-path';
import { enclosingOf, isInside, type ShapeMatch } from '../../parse/json-walk';
import { mergePosts } from '../shared/draft';
import { postFromMedia } from './posts';
import { ownerName, SIDE_LISTS, type IgKind } from './shapes';
import { storyFrom } from './stories';

type Match = ShapeMatch<IgKind>;

export interface CollectedPosts {
  posts: Post[];
  /** Where the posts came from, e.g. "payload: /graphql/query @ data.xdt_api__v1__feed__user_timeline_graphql_connection.edges[].node". */
  source: string | null;
  /** Posts were found, but none carries a like or comment count: the logged-out 2026 grid. */
  countsMissing: boolean;
}

const codeOf = (o: Record<string, Json>) => str(o.code) ?? str(o.shortcode);

/** Who made a media item: its own owner block, else the user or tray that holds it (a profile's grid names no owner per node). */
export function ownerOfMatch(m: Match): string | null {
  const own = ownerName(m.value);
  if (own) return own;
  for (let p = m.parent; p; p = p.parent) {
    if (p.kind === 'user') return str(p.value.username)?.toLowerCase() ?? null;
    const named = ownerName(p.value);
    if (named && (p.kind === 'tray' || p.kind === 'media')) return named;
  }
  return null;
}

/** A hostile media object (fields too large or deep to read) costs only itself, never the page. */
function guarded(read: () => Post | null): Post | null {
  try {
    return read();
  } catch {
    return null;
  }
}

/** A collaboration post appears on every coauthor's grid; `coauthor_producers` names them. */
function coauthors(o: Record<string, Json>): string[] {
  return arr(o.coauthor_producers).slice(0, 20).map((u) => str(isObj(u) ? u.username : null)?.toLowerCase()).filter((u): u is string => !!u);
}

/**
 * Posts and stories the matches hold. A media item inside another media item is a carousel
 * child (not a post) unless it carries the same code: then it is the same post, wrapped
 * (the 2026 post page's `if_not_gated_logged_out`). Media of another or of no named creator is dropped;
 * with no handle (the home feed) every post is read, whoever made it. On a post page only
 * the open post counts: the page also carries related posts.
 */
export function collectPosts(matches: readonly Match[], handle: string | null, postCode: string | null): CollectedPosts {
  const found: Post[] = [];
  const sources: string[] = [];
  for (const m of matches) {
    if (m.kind !== 'media' && m.kind !== 'story') continue;
    if (SIDE_LISTS.some((k) => m.path.includes(k))) continue;
    const outer = enclosingOf(m, ['media']);
    if (outer && (m.kind === 'story' || codeOf(outer.value) !== codeOf(m.value))) continue;
    if (m.value.product_type === 'ad') continue;
    const owner = ownerOfMatch(m);
    // A post that names no owner, even through what holds it, proves nothing about this creator.
    if (handle && owner !== handle && !coauthors(m.value).includes(handle)) continue;
    const story = m.kind === 'story' || isInside(m, ['tray']);
    if (postCode && (story || codeOf(m.value) !== postCode)) continue;
    const post = guarded(() => (story ? storyFrom(m.value, owner ?? handle) : postFromMedia(m.value)));
    if (!post) continue;
    found.push(post);
    const where = `${m.source} @ ${m.path.replace(/\[\d+\]/g, '[]')}`;
    if (!sources.includes(where)) sources.push(where);
  }
  const posts = mergePosts([found]);
  const grid = posts.filter((p) => p.kind !== 'story');
  const countsMissing = grid.length > 0 && grid.every((p) => p.likes === null && p.comments === null && !p.likesHidden);
  return { posts, source: sources.length ? sources.join('; ') : null, countsMissing };
}
