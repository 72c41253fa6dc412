import { ProfileSnapshot } from '../../model/snapshot';
import { missingEssentialsError } from './errors';
import type { PageRead } from './page-read';

const SITE_NAMES = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube' } as const;

/**
 * Turns a page read into a snapshot, or an ExtractError naming what is missing and why.
 * The essentials are the handle and the follower count: without them nothing can be scored.
 */
export function finalize(read: PageRead, capturedAt: string): ProfileSnapshot {
  const { handle, followers, profileUrl } = read;
  if (!handle || followers === null || !profileUrl) {
    throw missingEssentialsError(SITE_NAMES[read.platform], { handle, followers }, read.hints);
  }
  const warnings = [...read.warnings];
  const warn = (m: string) => { if (!warnings.includes(m)) warnings.push(m); };
  const optional: Record<string, unknown> = { 'Display name': read.displayName, Bio: read.bio };
  if (read.platform !== 'youtube') optional.Following = read.following;
  optional[read.platform === 'instagram' ? 'Post count' : 'Video count'] = read.postsCount;
  for (const [name, value] of Object.entries(optional)) {
    if (value === null) warn(`${name} is not shown on this page, so it is unknown.`);
  }
  if (read.isPrivate) warn('This account is private: its posts are not visible, so engagement cannot be measured.');
  else if (read.posts.length === 0) warn('No posts were found on the page yet; scroll the grid (or open the Videos tab) and score again.');
  const hidden = read.posts.filter((p) => p.likesHidden).length;
  if (hidden > 0) warn(`The creator hides like counts on ${hidden} post(s); those likes are unknown, not zero.`);
  const { hints, ...fields } = read;
  return ProfileSnapshot.parse({ ...fields, handle, followers, profileUrl, warnings, capturedAt });
}
