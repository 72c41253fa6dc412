import type { PageCapture } from '../../model/capture';
import type { Post } from '../../model/snapshot';
import { arr, at, bool, int, str, type Json } from '../../parse/json-path';
import { mergePosts, SnapshotDraft, type Candidate } from '../shared/draft';
import { emptyRead, type PageRead } from '../shared/page-read';
import { handleFromUrl } from './detect';
import { authorOfItem, looksRounded, postFromItem } from './posts';
import { tiktokSources, type TikTokSource } from './profile-sources';
import { TT_SELECTORS } from './selectors';

/** Everything the TikTok page holds about one creator; never throws on missing data. */
export function readTikTok(capture: PageCapture): PageRead {
  const urlHandle = handleFromUrl(new URL(capture.url));
  const all = tiktokSources(capture);
  const handle = urlHandle ?? str(at(all.find((s) => str(at(s.user, 'uniqueId')))?.user, 'uniqueId'))?.toLowerCase() ?? null;
  const mine = all.filter((s) => str(at(s.user, 'uniqueId'))?.toLowerCase() === handle);
  const draft = new SnapshotDraft();
  const fromUser = <T>(get: (u: Json) => T | null) => mine.map((s) => ({ value: get(s.user), source: s.source }));
  const read = emptyRead('tiktok');
  read.hints = { notAProfile: !urlHandle, loggedOut: TT_SELECTORS.loginWall.some((s) => capture.doc.querySelector(s) !== null) };
  read.handle = handle;
  read.profileUrl = handle ? `https://www.tiktok.com/@${handle}` : null;
  read.followers = draft.pick('followers', statCandidates(mine, 'followerCount'));
  read.following = draft.pick('following', statCandidates(mine, 'followingCount'));
  read.postsCount = draft.pick('postsCount', statCandidates(mine, 'videoCount'));
  read.totalLikes = draft.pick('totalLikes', [...statCandidates(mine, 'heartCount'), ...statCandidates(mine, 'heart')]);
  read.displayName = draft.pick('displayName', fromUser((u) => str(at(u, 'nickname'))));
  read.verified = draft.pick('verified', fromUser((u) => bool(at(u, 'verified'))));
  read.isPrivate = draft.pick('isPrivate', fromUser((u) => bool(at(u, 'privateAccount'))));
  read.bio = draft.pick('bio', fromUser((u) => str(at(u, 'signature'))));
  read.externalLinks = [...new Set(mine.map((s) => str(at(s.user, 'bioLink.link'))).filter((l): l is string => !!l))];
  read.posts = handle ? collectPosts(all, handle) : [];
  read.sources = draft.sources;
  read.approximate = draft.approximate;
  read.warnings = draft.warnings;
  return read;
}

/** statsV2 strings are exact; stats ints are rounded by TikTok once they grow large. */
function statCandidates(sources: TikTokSource[], key: string): Candidate<number>[] {
  return sources.flatMap((s) => {
    const shown = int(at(s.stats, key));
    return [
      { value: int(at(s.statsV2, key)), source: `${s.source} (statsV2)` },
      { value: shown, source: `${s.source} (stats)`, exact: !(shown !== null && looksRounded(shown)) },
    ];
  });
}

function collectPosts(sources: TikTokSource[], handle: string): Post[] {
  return mergePosts(sources.map((s) => arr(s.items)
    .filter((item) => (authorOfItem(item) ?? handle) === handle)
    .map((item) => postFromItem(item, handle))
    .filter((p): p is Post => p !== null)));
}
