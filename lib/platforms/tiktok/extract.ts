import type { PageCapture } from '../../model/capture';
import { ProfileSnapshot, type Post } from '../../model/snapshot';
import { at, bool, int, str, type Json } from '../../parse/json-path';
import { mergePosts, SnapshotDraft, type Candidate } from '../shared/draft';
import { missingEssentialsError } from '../shared/errors';
import { handleFromUrl } from './detect';
import { authorOfItem, looksRounded, postFromItem } from './posts';
import { tiktokSources, type TikTokSource } from './profile-sources';
import { TT_SELECTORS } from './selectors';

export function extractTikTok(capture: PageCapture): ProfileSnapshot {
  const handle = handleFromUrl(new URL(capture.url));
  const all = tiktokSources(capture);
  const mine = all.filter((s) => str(at(s.user, 'uniqueId'))?.toLowerCase() === handle);
  const draft = new SnapshotDraft();
  const followers = draft.pick('followers', statCandidates(mine, 'followerCount'));
  if (!handle || followers === null) {
    throw missingEssentialsError('TikTok', { handle, followers }, {
      notAProfile: !handle,
      loggedOut: TT_SELECTORS.loginWall.some((s) => capture.doc.querySelector(s) !== null),
    });
  }
  const fromUser = (key: string) => mine.map((s) => ({ value: at(s.user, key), source: s.source }));
  const posts = collectPosts(all, handle);
  const isPrivate = draft.pick('isPrivate', fromUser('privateAccount').map((c) => ({ ...c, value: bool(c.value) })));
  const snapshot = {
    platform: 'tiktok' as const,
    handle,
    displayName: draft.pick('displayName', fromUser('nickname').map((c) => ({ ...c, value: str(c.value) }))),
    profileUrl: `https://www.tiktok.com/@${handle}`,
    followers,
    following: draft.pick('following', statCandidates(mine, 'followingCount')),
    postsCount: draft.pick('postsCount', statCandidates(mine, 'videoCount')),
    verified: draft.pick('verified', fromUser('verified').map((c) => ({ ...c, value: bool(c.value) }))),
    isPrivate,
    bio: draft.pick('bio', fromUser('signature').map((c) => ({ ...c, value: str(c.value) }))),
    posts,
    capturedAt: capture.capturedAt,
    sources: draft.sources,
    approximate: draft.approximate,
    warnings: draft.warnings,
  };
  draft.warnIfMissing({ 'Display name': snapshot.displayName, Following: snapshot.following, 'Video count': snapshot.postsCount, Bio: snapshot.bio });
  if (isPrivate) draft.warn('This account is private: its videos are not visible, so engagement cannot be measured.');
  else if (posts.length === 0) draft.warn('No videos were found on the page yet; scroll the grid and score again.');
  return ProfileSnapshot.parse(snapshot);
}

/** statsV2 strings are exact; stats ints are rounded by TikTok once they grow large. */
function statCandidates(sources: TikTokSource[], key: string): Candidate<number>[] {
  return sources.flatMap((s) => {
    const exact = int(at(s.statsV2, key));
    const shown = int(at(s.stats, key));
    return [
      { value: exact, source: `${s.source} (statsV2)` },
      { value: shown, source: `${s.source} (stats)`, exact: !(shown !== null && looksRounded(shown)) },
    ];
  });
}

function collectPosts(sources: TikTokSource[], handle: string): Post[] {
  return mergePosts(sources.map((s) => s.items
    .filter((item: Json) => (authorOfItem(item) ?? handle) === handle)
    .map((item) => postFromItem(item, handle))
    .filter((p): p is Post => p !== null)));
}
