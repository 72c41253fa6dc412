import type { PageCapture } from '../../model/capture';
import type { Post } from '../../model/snapshot';
import { str } from '../../parse/json-path';
import type { ShapeMatch } from '../../parse/json-walk';
import { newPost, SnapshotDraft } from '../shared/draft';
import { emptyRead, type PageKind, type PageRead } from '../shared/page-read';
import { walkBodies } from './bodies';
import { collectPosts, ownerOfMatch } from './collect';
import { commentsOf, postCreator } from './comments';
import { handleFromUrl, postCodeFromUrl } from './detect';
import { gridPosts, headerCounts, headerFlags, headerHandle, looksUnavailable, postLabel, type PostLabel } from './dom';
import {
  followersOf, followingOf, fromUsers, identity, jsonLdFollowers, linksOf, looksLoggedOut, postsCountOf, readMeta, readTitle,
  sourceOf, userSources, type UserSource,
} from './profile-sources';
import { postProof } from './post-proof';
import { ownerOf, type IgKind } from './shapes';
import { otherShown } from './shown';

type Match = ShapeMatch<IgKind>;

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
  const pageKind: PageKind = postCode ? 'post' : /^\/stories\//i.test(url.pathname) ? 'story' : urlHandle ? 'profile' : 'other';
  const draft = new SnapshotDraft();
  // One walk over every JSON the page holds finds users, media and comments wherever they sit; a capped body is reported.
  const { matches, bodyOf } = walkBodies(capture, (m) => draft.warn(m));
  // A post page names its creator only in the post's owner block; a highlight only in its tray.
  const claimed = (postCode ? postOwner(matches, postCode) : null) ?? urlHandle ?? (pageKind === 'story' ? trayOwner(matches) : null);
  const meta = readMeta(capture.doc);
  const title = readTitle(capture.doc);
  const shownHandle = headerHandle(capture.doc);
  const metaOk = meta !== null && claimed !== null && meta.handle === claimed;
  const titleOk = claimed !== null && title?.handle === claimed;
  // The document may still hold the previous creator (single-page apps change the URL first): DOM values count only when they name this one.
  const domOk = claimed !== null && (shownHandle === claimed || (shownHandle === null && (metaOk || titleOk)));
  const users = userSources(matches, claimed);
  // The handle may come from the address alone: finalize refuses a page where nothing proved to be this creator's.
  const handle = claimed;
  const onProfile = pageKind === 'profile' && handle !== null;
  const header = onProfile && domOk ? headerCounts(capture.doc) : { followers: [], following: [], postsCount: [] };
  const flags = onProfile && domOk ? headerFlags(capture.doc) : { verified: null, isPrivate: null };
  const owners = pageKind === 'profile' ? [] : ownerBlocks(matches, handle);
  const people = [...users, ...owners];
  read.handle = handle;
  read.profileUrl = handle ? `https://www.instagram.com/${handle}/` : null;
  read.followers = draft.pick('followers', [
    ...fromUsers(users, followersOf),
    jsonLdFollowers(matches, claimed),
    { value: metaOk ? meta.followers.value : null, source: 'meta: description', exact: meta?.followers.exact },
    ...header.followers,
  ]);
  read.following = draft.pick('following', [
    ...fromUsers(users, followingOf),
    { value: metaOk ? meta.following.value : null, source: 'meta: description', exact: meta?.following.exact },
    ...header.following,
  ]);
  read.postsCount = draft.pick('postsCount', [
    ...fromUsers(users, postsCountOf),
    { value: metaOk ? meta.posts.value : null, source: 'meta: description', exact: meta?.posts.exact },
    ...header.postsCount,
  ]);
  read.displayName = draft.pick('displayName', [
    ...fromUsers(people, identity.displayName),
    { value: metaOk ? meta.displayName : null, source: 'meta: description' },
    { value: titleOk ? title.displayName : null, source: 'dom: title' },
  ]);
  read.verified = draft.pick('verified', [...fromUsers(people, identity.verified), { value: flags.verified, source: 'dom: header verified badge' }]);
  read.isPrivate = draft.pick('isPrivate', [...fromUsers(people, identity.isPrivate), { value: flags.isPrivate, source: 'dom: private-account notice' }]);
  read.bio = draft.pick('bio', fromUsers(users, identity.bio));
  read.category = draft.pick('category', fromUsers(users, identity.category));
  read.contactEmail = draft.pick('contactEmail', fromUsers(users, identity.contactEmail));
  read.externalLinks = linksOf(users);
  const collected = collectPosts(matches, claimed, postCode);
  read.posts = collected.posts;
  if (collected.source) draft.sources.posts = collected.source;
  if (read.posts.length === 0 && onProfile && domOk) {
    // No JSON reached us: the grid links still say which posts exist, though not their counts.
    read.posts = gridPosts(capture.doc);
    if (read.posts.length) draft.sources.posts = 'dom: profile grid links (ids only)';
  }
  if (postCode) read.posts = withPageLabel(read.posts, postCode, postLabel(capture.doc), draft);
  read.comments = postCode ? commentsOf(matches, postCode, postProof(matches, bodyOf, postCode, capture.doc), postCreator(matches, postCode, handle)) : [];
  const proven = users.length > 0 || domOk || read.posts.length > 0;
  read.hints = {
    ...read.hints,
    pageKind,
    notAProfile: !urlHandle && !postCode,
    loggedOut: looksLoggedOut(capture.doc),
    unavailable: users.length === 0 && read.posts.length === 0 && looksUnavailable(capture.doc),
    countsHiddenLoggedOut: collected.countsMissing,
    showsOther: proven ? null : otherShown(claimed, { header: shownHandle, meta: meta?.handle ?? null, title: title?.handle ?? null }, matches),
  };
  read.sources = draft.sources;
  read.approximate = draft.approximate;
  read.warnings = draft.warnings;
  read.disagreements = draft.disagreements;
  return read;
}

/** Who made the open post: the first owner named by a media item with its code (a wrapper around it may name none). */
function postOwner(matches: readonly Match[], code: string): string | null {
  for (const m of matches) {
    if (m.kind === 'media' && (str(m.value.code) ?? str(m.value.shortcode)) === code) {
      const owner = ownerOfMatch(m);
      if (owner) return owner;
    }
  }
  return null;
}

/** The owner of a story tray, when the page's trays all name the same one (a highlight's URL names none). */
function trayOwner(matches: readonly Match[]): string | null {
  const owners = new Set(matches.filter((m) => m.kind === 'tray').map((m) => ownerOfMatch(m)));
  return owners.size === 1 ? [...owners][0] ?? null : null;
}

/** The creator's name and badge as the open post or story names its owner (these blocks carry no counts). */
function ownerBlocks(matches: readonly Match[], handle: string | null): UserSource[] {
  const m = handle ? matches.find((x) => (x.kind === 'media' || x.kind === 'tray') && ownerOfMatch(x) === handle && ownerOf(x.value)) : undefined;
  const owner = m ? ownerOf(m.value) : null;
  return m && owner ? [{ user: owner, source: `${sourceOf(m)} (post owner)` }] : [];
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
