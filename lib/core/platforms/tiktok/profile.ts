import { at, bool, int, str, type Json } from '../../parse/json-path';
import type { Candidate, SnapshotDraft } from '../shared/draft';
import type { PageRead } from '../shared/page-read';
import type { ProfileBlock } from './collect';
import { domCount, domText } from './dom';
import { looksRounded } from './posts';
import { TT_DOM } from './selectors';

/**
 * The creator's own fields, from the blocks that describe them (already matched to the handle)
 * and, when the header proves it shows the same handle, from the server-rendered header.
 * Every source of a field goes through one pick, so sources that disagree are reported.
 */
export function readProfile(read: PageRead, draft: SnapshotDraft, mine: ProfileBlock[], doc: Document, headerIsMine: boolean): void {
  const fromUser = <T>(key: string, get: (v: Json) => T | null): Candidate<T>[] =>
    mine.map((p) => ({ value: get(at(p.user, key)), source: `${p.where}.${key}` }));
  const dom = (selectors: readonly string[]) => (headerIsMine ? [domCount(doc, selectors)] : []);
  const domString = (selectors: readonly string[]) => (headerIsMine ? [domText(doc, selectors)] : []);
  read.followers = draft.pick('followers', [...statCandidates(mine, 'followerCount'), ...dom(TT_DOM.followers)]);
  read.following = draft.pick('following', [...statCandidates(mine, 'followingCount'), ...dom(TT_DOM.following)]);
  read.postsCount = draft.pick('postsCount', statCandidates(mine, 'videoCount'));
  read.totalLikes = draft.pick('totalLikes', [...statCandidates(mine, 'heartCount', 'heart'), ...dom(TT_DOM.likes)]);
  read.displayName = draft.pick('displayName', [...fromUser('nickname', str), ...domString(TT_DOM.displayName)]);
  read.verified = draft.pick('verified', fromUser('verified', bool));
  // User blocks without privateAccount still carry `secret`, which marks the same thing.
  read.isPrivate = draft.pick('isPrivate', [...fromUser('privateAccount', bool), ...fromUser('secret', bool)]);
  read.bio = draft.pick('bio', [...fromUser('signature', str), ...domString(TT_DOM.bio)]);
  read.externalLinks = [...new Set(mine.map((p) => str(at(p.user, 'bioLink.link'))).filter((l): l is string => !!l))];
}

/**
 * statsV2 strings are exact; stats ints are rounded by TikTok once they grow large, and a rounded
 * int past 2^31 has been seen overflowed to a negative number (which `int` refuses, so the older
 * name or statsV2 stands). `fallback` is an older name for the same count (heart before heartCount).
 */
function statCandidates(blocks: ProfileBlock[], key: string, fallback = key): Candidate<number>[] {
  return blocks.flatMap((p) => {
    const get = (block: Json) => int(at(block, key)) ?? int(at(block, fallback));
    const shown = get(p.stats);
    return [
      { value: get(p.statsV2), source: p.statsV2At },
      { value: shown, source: p.statsAt, exact: !(shown !== null && looksRounded(shown)) },
    ];
  });
}
