import type { ProfileSnapshot } from '../core/model/snapshot';
import { platformFor } from '../core/platforms';

/**
 * Why a snapshot a content script sent cannot be its own tab's, or null when it fits: the tab's
 * platform must be the snapshot's, and a profile address must name the snapshot's creator (a post
 * or video address names its owner only in the page's data, which the reader already checked).
 */
export function misfitFor(snapshot: Pick<ProfileSnapshot, 'platform' | 'handle'>, tabUrl: string): string | null {
  const platform = platformFor(tabUrl);
  if (!platform || platform.id !== snapshot.platform) return `A ${snapshot.platform} snapshot cannot come from ${tabUrl || 'this tab'}.`;
  const key = platform.pageKey(new URL(tabUrl));
  if (key?.startsWith('handle:') && key.slice('handle:'.length) !== snapshot.handle.toLowerCase()) {
    return `The page sent @${snapshot.handle}, but this tab shows ${key.slice('handle:'.length)}.`;
  }
  return null;
}
