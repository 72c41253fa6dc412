import type { PageCapture } from '../../model/capture';
import type { Post } from '../../model/snapshot';
import { at, bool, int, str, type Json } from '../../parse/json-path';
import { mergePosts, SnapshotDraft, type Candidate } from '../shared/draft';
import { emptyRead, type PageRead } from '../shared/page-read';
import { readComments } from './comments';
import { handleFromUrl, postIdFromPath } from './detect';
import { domCount, domPosts, domText } from './dom';
import { authorOfItem, looksRounded, postFromItem } from './posts';
import { tiktokSources, type ItemBatch, type ProfileBlock } from './profile-sources';
import { TT_DOM, TT_SELECTORS } from './selectors';

/** Everything the TikTok page holds about one creator; never throws on missing data. */
export function readTikTok(capture: PageCapture): PageRead {
  const url = new URL(capture.url);
  const urlHandle = handleFromUrl(url);
  const { doc } = capture;
  const { profiles, batches } = tiktokSources(capture);
  const draft = new SnapshotDraft();
  const shownHandle = domText(doc, TT_DOM.handle);
  // Off a creator's URL, the page's own profile block (never the viewer's) names the creator.
  const handle = draft.pick('handle', [
    { value: urlHandle, source: 'url' },
    ...profiles.map((p) => ({ value: str(at(p.user, 'uniqueId'))?.toLowerCase(), source: p.source })),
    { ...shownHandle, value: shownHandle.value?.replace(/^@/, '').toLowerCase() },
  ]);
  const mine = profiles.filter((p) => str(at(p.user, 'uniqueId'))?.toLowerCase() === handle);
  const fromUser = <T>(get: (u: Json) => T | null) => mine.map((p) => ({ value: get(p.user), source: p.source }));
  const read = emptyRead('tiktok');
  read.hints = { ...read.hints, notAProfile: !urlHandle, loggedOut: TT_SELECTORS.loginWall.some((s) => doc.querySelector(s) !== null) };
  read.handle = handle;
  read.profileUrl = handle ? `https://www.tiktok.com/@${handle}` : null;
  read.followers = draft.pick('followers', [...statCandidates(mine, 'followerCount'), domCount(doc, TT_DOM.followers)]);
  read.following = draft.pick('following', [...statCandidates(mine, 'followingCount'), domCount(doc, TT_DOM.following)]);
  read.postsCount = draft.pick('postsCount', statCandidates(mine, 'videoCount'));
  read.totalLikes = draft.pick('totalLikes', [...statCandidates(mine, 'heartCount', 'heart'), domCount(doc, TT_DOM.likes)]);
  read.displayName = draft.pick('displayName', [...fromUser((u) => str(at(u, 'nickname'))), domText(doc, TT_DOM.displayName)]);
  read.verified = draft.pick('verified', fromUser((u) => bool(at(u, 'verified'))));
  // User blocks without privateAccount still carry `secret`, which marks the same thing.
  read.isPrivate = draft.pick('isPrivate', [...fromUser((u) => bool(at(u, 'privateAccount'))), ...fromUser((u) => bool(at(u, 'secret')))]);
  read.bio = draft.pick('bio', [...fromUser((u) => str(at(u, 'signature'))), domText(doc, TT_DOM.bio)]);
  read.externalLinks = [...new Set(mine.map((p) => str(at(p.user, 'bioLink.link'))).filter((l): l is string => !!l))];
  if (handle) readPosts(read, draft, batches, doc, handle);
  const comments = readComments(capture, postIdFromPath(url.pathname));
  read.comments = comments.comments;
  if (comments.sources.length) draft.sources.comments = comments.sources.join('; ');
  read.sources = draft.sources;
  read.approximate = draft.approximate;
  read.warnings = draft.warnings;
  read.disagreements = draft.disagreements;
  return read;
}

/**
 * statsV2 strings are exact; stats ints are rounded by TikTok once they grow large.
 * `fallback` is an older name for the same count (heart before heartCount).
 */
function statCandidates(blocks: ProfileBlock[], key: string, fallback = key): Candidate<number>[] {
  return blocks.flatMap((p) => {
    const get = (block: Json) => int(at(block, key)) ?? int(at(block, fallback));
    const shown = get(p.stats);
    return [
      { value: get(p.statsV2), source: `${p.source} (statsV2)` },
      { value: shown, source: `${p.source} (stats)`, exact: !(shown !== null && looksRounded(shown)) },
    ];
  });
}

/**
 * Embedded JSON and observed pages first, in the order the page got them; grid tiles
 * last, so a tile only fills what JSON left unknown (or stands alone when no JSON came).
 */
function readPosts(read: PageRead, draft: SnapshotDraft, batches: ItemBatch[], doc: Document, handle: string): void {
  const used: string[] = [];
  const lists: Post[][] = [];
  for (const batch of batches) {
    const posts = batch.items
      .filter((item) => (authorOfItem(item) ?? handle) === handle)
      .map((item) => postFromItem(item, handle))
      .filter((p): p is Post => p !== null);
    if (posts.length) {
      lists.push(posts);
      used.push(`${batch.source} (${posts.length})`);
    }
  }
  const tiles = domPosts(doc, handle);
  if (tiles.length) {
    lists.push(tiles);
    used.push(`dom: ${TT_DOM.postItem[0]} (${tiles.length})`);
    if (lists.length === 1) draft.warn('Videos were read from the grid only: views are rounded, and likes, comments and dates are unknown.');
  }
  read.posts = mergePosts(lists);
  if (used.length) draft.sources.posts = used.join('; ');
}
