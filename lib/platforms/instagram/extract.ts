import type { PageCapture } from '../../model/capture';
import { ProfileSnapshot, type Post } from '../../model/snapshot';
import { arr, at, bool, isObj, str, type Json } from '../../parse/json-path';
import { mergePosts, SnapshotDraft } from '../shared/draft';
import { missingEssentialsError } from '../shared/errors';
import { handleFromUrl, isPostUrl } from './detect';
import { ownerOfApiMedia, postFromApiMedia, postFromGraphNode } from './posts';
import {
  followersOf, followingOf, jsonLdFollowers, looksLoggedOut, postsCountOf, readMeta, usernameOf, userSources,
  type UserSource,
} from './profile-sources';

export function extractInstagram(capture: PageCapture): ProfileSnapshot {
  const url = new URL(capture.url);
  const urlHandle = handleFromUrl(url);
  const meta = readMeta(capture.doc);
  const all = userSources(capture);
  const handle = urlHandle ?? (isPostUrl(url) ? (all[0] ? usernameOf(all[0]) : null) : null) ?? null;
  // Only objects about this creator: pages also carry the viewer and suggested accounts.
  const users = all.filter((u) => usernameOf(u) === handle);
  const draft = new SnapshotDraft();

  const followers = draft.pick('followers', [
    ...users.map((u) => ({ value: followersOf(u), source: u.source })),
    { value: jsonLdFollowers(capture.doc), source: 'json: JSON-LD ProfilePage' },
    { value: meta?.handle === handle ? meta?.followers.value : null, source: 'meta: description', exact: meta?.followers.exact },
  ]);
  if (!handle || followers === null) {
    throw missingEssentialsError('Instagram', { handle, followers }, {
      notAProfile: !urlHandle && !isPostUrl(url),
      loggedOut: looksLoggedOut(capture.doc),
    });
  }

  const posts = collectPosts(capture, handle, users);
  const isPrivate = draft.pick('isPrivate', users.map((u) => ({ value: bool(u.user.is_private), source: u.source })));
  const snapshot = {
    platform: 'instagram' as const,
    handle,
    displayName: draft.pick('displayName', [
      ...users.map((u) => ({ value: str(u.user.full_name), source: u.source })),
      { value: meta?.handle === handle ? meta?.displayName : null, source: 'meta: description' },
    ]),
    profileUrl: `https://www.instagram.com/${handle}/`,
    followers,
    following: draft.pick('following', [
      ...users.map((u) => ({ value: followingOf(u), source: u.source })),
      { value: meta?.handle === handle ? meta?.following.value : null, source: 'meta: description', exact: meta?.following.exact },
    ]),
    postsCount: draft.pick('postsCount', [
      ...users.map((u) => ({ value: postsCountOf(u), source: u.source })),
      { value: meta?.handle === handle ? meta?.posts.value : null, source: 'meta: description', exact: meta?.posts.exact },
    ]),
    verified: draft.pick('verified', users.map((u) => ({ value: bool(u.user.is_verified), source: u.source }))),
    isPrivate,
    bio: draft.pick('bio', users.map((u) => ({ value: str(u.user.biography), source: u.source }))),
    posts,
    capturedAt: capture.capturedAt,
    sources: draft.sources,
    approximate: draft.approximate,
    warnings: draft.warnings,
  };
  draft.warnIfMissing({ 'Display name': snapshot.displayName, Following: snapshot.following, 'Post count': snapshot.postsCount, Bio: snapshot.bio });
  if (isPrivate) draft.warn('This account is private: its posts are not visible, so engagement cannot be measured.');
  else if (posts.length === 0) draft.warn('No posts were found on the page yet; scroll the grid and score again.');
  if (posts.some((p) => p.likesHidden)) draft.warn('The creator hides like counts on some posts; those likes are unknown.');
  return ProfileSnapshot.parse(snapshot);
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
