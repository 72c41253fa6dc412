import { ProfileSnapshot } from '../../model/snapshot';
import { traitsOf } from '../traits';
import { followersUnknownWhy, refusalFor } from './errors';
import type { PageRead } from './page-read';


// What only the creator's own data can give; the handle alone may come from the address bar.
const PROFILE_FIELDS = ['followers', 'following', 'postsCount', 'displayName', 'verified', 'isPrivate', 'bio', 'totalLikes', 'channelId'];

/**
 * True when something on the page was proven to be about the creator the address names. Comments
 * alone prove nothing: a comment page says which video it is about, rarely whose.
 */
function readsCreator(read: PageRead): boolean {
  return read.posts.length > 0 || PROFILE_FIELDS.some((f) => f in read.sources);
}

/**
 * Turns a page read into a snapshot of whatever part of the creator the page shows. Only a page
 * with no identifiable creator is refused, with the cause; a missing count is null with its reason.
 */
export function finalize(read: PageRead, capturedAt: string): ProfileSnapshot {
  const site = traitsOf(read.platform).name;
  const { handle, profileUrl } = read;
  // An "unavailable" notice counts only when nothing on the page proves the creator: a stale one
  // from an earlier page of the tab must not refuse a creator whose data is here.
  if (!handle || !profileUrl || !readsCreator(read)) throw refusalFor(site, read);
  const warnings = [...read.warnings];
  const warn = (m: string) => { if (!warnings.includes(m)) warnings.push(m); };
  if (read.followers === null) warn(followersUnknownWhy(site, read));
  const onProfile = read.hints.pageKind === 'profile';
  const optional: Record<string, unknown> = { 'Display name': read.displayName };
  // A post page never shows the bio or the counts of the profile: only a profile's gaps are news.
  if (onProfile) {
    optional.Bio = read.bio;
    if (read.platform !== 'youtube') optional.Following = read.following;
    optional[read.platform === 'instagram' ? 'Post count' : 'Video count'] = read.postsCount;
  }
  for (const [name, value] of Object.entries(optional)) {
    if (value === null) warn(`${name} is not shown on this page, so it is unknown.`);
  }
  if (read.hints.countsHiddenLoggedOut) warn(`${site} hides like and comment counts from logged-out visitors: log in and score again.`);
  if (read.hints.ageGated) warn(`This ${site} video is age-restricted: sign in to see its counts, then score again.`);
  if (read.isPrivate) warn('This account is private: its posts are not visible, so engagement cannot be measured.');
  else if (read.posts.length === 0) warn('No posts were found on the page yet; scroll the grid (or open the Videos tab) and score again.');
  const hidden = read.posts.filter((p) => p.likesHidden).length;
  if (hidden > 0) warn(`The creator hides like counts on ${hidden} post(s); those likes are unknown, not zero.`);
  const { hints: _hints, ...fields } = read;
  return ProfileSnapshot.parse({ ...fields, handle, profileUrl, warnings, capturedAt });
}
