import type { PageCapture } from '../../model/capture';
import type { Post } from '../../model/snapshot';
import { str } from '../../parse/json-path';
import { mergePosts, SnapshotDraft, type Candidate } from '../shared/draft';
import { emptyRead, type PageRead } from '../shared/page-read';
import { tiktokBodies } from './bodies';
import { collect, commonPath, whereOf, type Collected, type Match, type ProfileBlock } from './collect';
import { creatorIdsOf } from './audience';
import { readComments } from './comments';
import { handleFromUrl, postIdFromPath } from './detect';
import { domPosts, domText } from './dom';
import { authorOfItem, postFromItem } from './posts';
import { documentAbout, otherShown, provenBodies, unavailableStatus } from './owner';
import { readProfile } from './profile';
import { TT_DOM, TT_SELECTORS } from './selectors';

/** Everything the TikTok page holds about the creator in the address bar; never throws on missing data. */
export function readTikTok(capture: PageCapture): PageRead {
  const url = new URL(capture.url);
  const urlHandle = handleFromUrl(url);
  const videoId = postIdFromPath(url.pathname);
  const { doc } = capture;
  const draft = new SnapshotDraft();
  const bodies = tiktokBodies(capture);
  const found = collect(bodies, (m) => draft.warn(m));
  const shown = domText(doc, TT_DOM.handle);
  const header = shown.value?.replace(/^@/, '').toLowerCase() ?? null;
  const videoItem = videoId ? found.items.find((m) => str(m.value.id) === videoId || String(m.value.id) === videoId) : undefined;
  const owner = videoItem ? authorOfItem(videoItem.value) : null;
  // On a video page the video's owner is the creator; off a creator's URL, the page's own
  // profile block (never a viewer, which has no counts) names them.
  const handle = draft.pick('handle', [
    { value: owner, source: videoItem ? `${whereOf(videoItem)}.author.uniqueId` : 'json' },
    { value: urlHandle, source: 'url' },
    ...found.profiles.filter((p) => !p.fromAuthor).map((p) => ({ value: p.handle, source: p.where })),
    { value: header, source: shown.source },
  ] satisfies Candidate<string>[]);
  const read = emptyRead('tiktok');
  read.hints.notAProfile = !urlHandle;
  read.hints.loggedOut = TT_SELECTORS.loginWall.some((s) => doc.querySelector(s) !== null);
  read.hints.pageKind = videoId ? 'post' : urlHandle ? 'profile' : 'other';
  read.handle = handle;
  read.profileUrl = handle ? `https://www.tiktok.com/@${handle}` : null;
  const mine = handle ? blocksOf(found.profiles, handle, videoItem) : [];
  // The header counts only when it shows the same handle: a single-page app may still show the last creator.
  readProfile(read, draft, mine, doc, header !== null && header === handle);
  const proven = handle ? provenBodies(bodies, mine, handle) : new Set<number>();
  if (handle) readPosts(read, draft, found, doc, handle, proven);
  // Only the address bar's video names who may reply as its creator; without it, byCreator stays unknown.
  const comments = readComments(found.comments, videoId, bodies, videoItem ? creatorIdsOf(videoItem.value) : null);
  read.comments = comments.comments;
  if (comments.sources.length) draft.sources.comments = comments.sources.join('; ');
  if (mine.length === 0 && read.posts.length === 0) {
    const about = handle ? documentAbout(doc, handle, bodies, found, header) : 'unknown';
    read.hints.unavailable = unavailableStatus(found.statuses, bodies, proven, about);
    read.hints.showsOther = otherShown(found, bodies, handle, header);
  }
  read.sources = draft.sources;
  read.approximate = draft.approximate;
  read.warnings = draft.warnings;
  read.disagreements = draft.disagreements;
  return read;
}

/**
 * The blocks that describe the creator: their profile blocks; failing those (a video page), the
 * author of the address bar's video, else of the first of their items that names one.
 */
function blocksOf(profiles: ProfileBlock[], handle: string, videoItem: Match | undefined): ProfileBlock[] {
  const theirs = profiles.filter((p) => p.handle === handle);
  const own = theirs.filter((p) => !p.fromAuthor);
  if (own.length) return own;
  const fromVideo = videoItem && theirs.find((p) => p.where === `${whereOf(videoItem)}.author`);
  const first = fromVideo ?? theirs[0];
  return first ? [first] : [];
}

/**
 * Items in the order the page got them (embedded, then each response; SIGI's grid order within
 * its block), only the creator's; grid tiles last, so a tile only fills what JSON left unknown
 * (or stands alone when no JSON came).
 */
function readPosts(read: PageRead, draft: SnapshotDraft, found: Collected, doc: Document, handle: string, proven: Set<number>): void {
  const bySource = new Map<string, Post[]>();
  const pathsBySource = new Map<string, string[]>();
  for (const m of ordered(found)) {
    // An item names its author (SIGI writes just the handle). A reduced item names none: it is the
    // creator's only in a body proven to be theirs, since the tab keeps other creators' lists.
    const author = authorOfItem(m.value);
    if (author === null ? !proven.has(m.body) : author !== handle) continue;
    const post = postFromItem(m.value, handle);
    if (!post) continue;
    const list = bySource.get(m.source) ?? [];
    list.push(post);
    bySource.set(m.source, list);
    const paths = pathsBySource.get(m.source);
    if (paths) paths.push(m.path);
    else pathsBySource.set(m.source, [m.path]);
  }
  const lists = [...bySource.values()];
  const used = [...bySource].map(([source, posts]) => `${source} @ ${commonPath(pathsBySource.get(source) ?? [])} (${posts.length})`);
  const tiles = domPosts(doc, handle);
  if (tiles.length) {
    lists.push(tiles);
    used.push(`dom: ${TT_DOM.postItem[0]} (${tiles.length})`);
    if (lists.length === 1) draft.warn('Videos were read from the grid only: views are rounded, and likes, comments and dates are unknown.');
  }
  read.posts = mergePosts(lists);
  if (used.length) draft.sources.posts = used.join('; ');
}

/** Document order, except where a body gives the grid's order as a list of ids (SIGI's ItemList). */
function ordered({ items, orders }: Collected): Match[] {
  // Each order's positions by id, built once: an indexOf per comparison is quadratic on a long grid.
  const positions = new Map<string, Map<string, number>>();
  for (const [source, order] of orders) {
    const at = new Map<string, number>();
    order.forEach((id, i) => { if (!at.has(id)) at.set(id, i); });
    positions.set(source, at);
  }
  const sourceIndex = new Map<string, number>();
  for (const m of items) if (!sourceIndex.has(m.source)) sourceIndex.set(m.source, sourceIndex.size);
  return items
    .map((m, i) => ({ m, i, s: sourceIndex.get(m.source)!, r: positions.get(m.source)?.get(String(m.value.id)) ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => (a.s - b.s) || (a.r - b.r) || (a.i - b.i))
    .map(({ m }) => m);
}
