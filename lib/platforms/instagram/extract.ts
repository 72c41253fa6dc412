import type { PageCapture } from '../../model/capture';
import type { Post } from '../../model/snapshot';
import { arr, at, bool, str } from '../../parse/json-path';
import { newPost, SnapshotDraft } from '../shared/draft';
import { emptyRead, type PageRead } from '../shared/page-read';
import { pageBodies } from './bodies';
import { collectPosts } from './collect';
import { commentsOf } from './comments';
import { handleFromUrl, postCodeFromUrl } from './detect';
import { gridPosts, headerCounts, headerFlags, postLabel, type PostLabel } from './dom';
import {
  followersOf, followingOf, jsonLdFollowers, looksLoggedOut, postsCountOf, readMeta, usernameOf, userSources,
  type UserSource,
} from './profile-sources';

/** Everything the Instagram page holds about one creator; never throws on missing data. */
export function readInstagram(capture: PageCapture): PageRead {
  const read = emptyRead('instagram');
  let url: URL;
  try {
    url = new URL(capture.url);
  } catch {
    read.warnings.push('The page address could not be read, so nothing was read from it.');
    return read;
  }
  const urlHandle = handleFromUrl(url);
  const postCode = postCodeFromUrl(url);
  const bodies = pageBodies(capture);
  const all = userSources(bodies, postCode);
  // A post page names its creator only in the post's owner block; any other user there may be the viewer.
  const owner = all.find((u) => u.ownsPost);
  const handle = urlHandle ?? (owner ? usernameOf(owner) : null);
  // Only objects about this creator: pages also carry the viewer and suggested accounts.
  const users = all.filter((u) => usernameOf(u) === handle);
  const meta = readMeta(capture.doc);
  const metaOk = meta !== null && meta.handle === handle;
  // The header describes the profile in the URL; a post page's header shows no counts.
  const header = urlHandle && !postCode ? headerCounts(capture.doc) : { followers: [], following: [], postsCount: [] };
  const flags = urlHandle && !postCode ? headerFlags(capture.doc) : { verified: null, isPrivate: null };
  const draft = new SnapshotDraft();
  const fromUsers = <T>(get: (u: UserSource) => T | null) => users.map((u) => ({ value: get(u), source: u.source }));
  read.hints = { ...read.hints, notAProfile: !urlHandle && !postCode, loggedOut: looksLoggedOut(capture.doc) };
  read.handle = handle;
  read.profileUrl = handle ? `https://www.instagram.com/${handle}/` : null;
  read.followers = draft.pick('followers', [
    ...fromUsers(followersOf),
    { value: jsonLdFollowers(capture.doc), source: 'json: JSON-LD ProfilePage' },
    { value: metaOk ? meta.followers.value : null, source: 'meta: description', exact: meta?.followers.exact },
    ...header.followers,
  ]);
  read.following = draft.pick('following', [
    ...fromUsers(followingOf),
    { value: metaOk ? meta.following.value : null, source: 'meta: description', exact: meta?.following.exact },
    ...header.following,
  ]);
  read.postsCount = draft.pick('postsCount', [
    ...fromUsers(postsCountOf),
    { value: metaOk ? meta.posts.value : null, source: 'meta: description', exact: meta?.posts.exact },
    ...header.postsCount,
  ]);
  read.displayName = draft.pick('displayName', [
    ...fromUsers((u) => str(u.user.full_name)),
    { value: metaOk ? meta.displayName : null, source: 'meta: description' },
  ]);
  read.verified = draft.pick('verified', [
    ...fromUsers((u) => bool(u.user.is_verified)),
    { value: flags.verified, source: 'dom: header verified badge' },
  ]);
  read.isPrivate = draft.pick('isPrivate', [
    ...fromUsers((u) => bool(u.user.is_private)),
    { value: flags.isPrivate, source: 'dom: private-account notice' },
  ]);
  read.bio = draft.pick('bio', fromUsers((u) => str(u.user.biography)));
  read.category = draft.pick('category', fromUsers((u) => str(u.user.category_name) ?? str(u.user.category)));
  read.externalLinks = [...new Set(users.flatMap((u) => [
    str(u.user.external_url),
    ...arr(u.user.bio_links).map((l) => str(at(l, 'url'))),
  ]).filter((l): l is string => !!l))];
  const collected = collectPosts(bodies, handle);
  read.posts = collected.posts;
  if (collected.source) draft.sources.posts = collected.source;
  if (read.posts.length === 0 && urlHandle && !postCode) {
    // No JSON reached us: the grid links still say which posts exist, though not their counts.
    read.posts = gridPosts(capture.doc);
    if (read.posts.length) draft.sources.posts = 'dom: profile grid links (ids only)';
  }
  if (postCode) read.posts = withPageLabel(read.posts, postCode, postLabel(capture.doc), draft);
  read.comments = postCode ? commentsOf(bodies.map((b) => b.body), postCode) : [];
  read.sources = draft.sources;
  read.approximate = draft.approximate;
  read.warnings = draft.warnings;
  read.disagreements = draft.disagreements;
  return read;
}

/**
 * The label the open post shows is what the scout sees: it marks the post paid even when
 * the JSON did not say so, and names the brands when the JSON did not.
 */
function withPageLabel(posts: Post[], code: string, shown: PostLabel | null, draft: SnapshotDraft): Post[] {
  if (!shown) return posts;
  const sponsors = (p: Post) => (p.sponsors.length ? p.sponsors : shown.brands);
  const labelled = (p: Post): Post => ({ ...p, paidPartnership: true, disclosureLabel: shown.label, sponsors: sponsors(p) });
  if (!posts.some((p) => p.id === code)) {
    const dom = 'dom: open post header';
    draft.sources.posts = draft.sources.posts ? `${draft.sources.posts}; ${dom}` : dom;
    return [...posts, labelled(newPost({ id: code, url: `https://www.instagram.com/p/${code}/` }))];
  }
  return posts.map((p) => (p.id === code ? labelled(p) : p));
}
