import type { PageCapture } from '../../model/capture';
import type { Post } from '../../model/snapshot';
import { arr, at, bool, isObj, str, type Json } from '../../parse/json-path';
import { mergePosts, SnapshotDraft } from '../shared/draft';
import { emptyRead, type PageRead } from '../shared/page-read';
import { handleFromUrl, isPostUrl } from './detect';
import { ownerOfApiMedia, postFromApiMedia, postFromGraphNode } from './posts';
import {
  followersOf, followingOf, jsonLdFollowers, looksLoggedOut, postsCountOf, readMeta, usernameOf, userSources,
  type UserSource,
} from './profile-sources';

/** Everything the Instagram page holds about one creator; never throws on missing data. */
export function readInstagram(capture: PageCapture): PageRead {
  const url = new URL(capture.url);
  const urlHandle = handleFromUrl(url);
  const meta = readMeta(capture.doc);
  const all = userSources(capture);
  const handle = urlHandle ?? (isPostUrl(url) && all[0] ? usernameOf(all[0]) : null);
  // Only objects about this creator: pages also carry the viewer and suggested accounts.
  const users = all.filter((u) => usernameOf(u) === handle);
  const metaOk = meta !== null && meta.handle === handle;
  const draft = new SnapshotDraft();
  const fromUsers = <T>(get: (u: UserSource) => T | null) => users.map((u) => ({ value: get(u), source: u.source }));
  const read = emptyRead('instagram');
  read.hints = { notAProfile: !urlHandle && !isPostUrl(url), loggedOut: looksLoggedOut(capture.doc) };
  read.handle = handle;
  read.profileUrl = handle ? `https://www.instagram.com/${handle}/` : null;
  read.followers = draft.pick('followers', [
    ...fromUsers(followersOf),
    { value: jsonLdFollowers(capture.doc), source: 'json: JSON-LD ProfilePage' },
    { value: metaOk ? meta.followers.value : null, source: 'meta: description', exact: meta?.followers.exact },
  ]);
  read.following = draft.pick('following', [
    ...fromUsers(followingOf),
    { value: metaOk ? meta.following.value : null, source: 'meta: description', exact: meta?.following.exact },
  ]);
  read.postsCount = draft.pick('postsCount', [
    ...fromUsers(postsCountOf),
    { value: metaOk ? meta.posts.value : null, source: 'meta: description', exact: meta?.posts.exact },
  ]);
  read.displayName = draft.pick('displayName', [
    ...fromUsers((u) => str(u.user.full_name)),
    { value: metaOk ? meta.displayName : null, source: 'meta: description' },
  ]);
  read.verified = draft.pick('verified', fromUsers((u) => bool(u.user.is_verified)));
  read.isPrivate = draft.pick('isPrivate', fromUsers((u) => bool(u.user.is_private)));
  read.bio = draft.pick('bio', fromUsers((u) => str(u.user.biography)));
  read.category = draft.pick('category', fromUsers((u) => str(u.user.category_name) ?? str(u.user.category)));
  read.externalLinks = [...new Set(users.flatMap((u) => [
    str(u.user.external_url),
    ...arr(u.user.bio_links).map((l) => str(at(l, 'url'))),
  ]).filter((l): l is string => !!l))];
  read.posts = handle ? collectPosts(capture, handle, users) : [];
  read.sources = draft.sources;
  read.approximate = draft.approximate;
  read.warnings = draft.warnings;
  return read;
}

function collectPosts(capture: PageCapture, handle: string, users: UserSource[]): Post[] {
  const lists: Post[][] = [];
  for (const u of users) {
    if (u.shape === 'graph') lists.push(graphEdges(at(u.user, 'edge_owner_to_timeline_media.edges')));
  }
  for (const p of capture.payloads) {
    const body = p.body;
    // Timeline pages fetched as the scout scrolls (2020–2022 graph shape).
    const timelineUser = at(body, 'data.user');
    if (isObj(timelineUser) && !isObj(timelineUser.edge_followed_by)) {
      lists.push(graphEdges(at(timelineUser, 'edge_owner_to_timeline_media.edges')));
    }
    const media: Json[] = [
      ...arr(at(body, 'data.xdt_api__v1__feed__user_timeline_graphql_connection.edges')).map((e) => at(e, 'node')),
      ...arr(at(body, 'items')).map((i) => (isObj(at(i, 'media')) ? at(i, 'media') : i)),
    ];
    lists.push(media.filter((m) => ownerOfApiMedia(m) === handle || ownerOfApiMedia(m) === null)
      .map(postFromApiMedia).filter((x): x is Post => x !== null));
    const single = at(body, 'graphql.shortcode_media');
    if (isObj(single) && str(at(single, 'owner.username'))?.toLowerCase() === handle) {
      const post = postFromGraphNode(single);
      if (post) lists.push([post]);
    }
  }
  return mergePosts(lists);
}

function graphEdges(edges: Json): Post[] {
  return arr(edges).map((e) => postFromGraphNode(at(e, 'node'))).filter((x): x is Post => x !== null);
}
