import type { PlatformId } from '../model/snapshot';

/**
 * What each platform accepts as a handle, lower-cased as Microscope stores them.
 * Instagram: up to 30 letters, digits, "." and "_"; TikTok: 2–24 of the same;
 * YouTube: a 3–30 character @handle (letters of any script, digits, ".", "_", "-", "·")
 * or, for channels without one, the UC… channel id.
 */
const HANDLE_RULES: Record<PlatformId, { test: (h: string) => boolean; says: string }> = {
  instagram: { test: (h) => /^[a-z0-9._]{1,30}$/.test(h), says: 'up to 30 letters, digits, "." or "_"' },
  tiktok: { test: (h) => /^[a-z0-9._]{2,24}$/.test(h), says: '2–24 letters, digits, "." or "_"' },
  youtube: { test: (h) => /^[\p{L}\p{M}\p{N}._·-]{3,30}$/u.test(h) || /^uc[a-z0-9_-]{22}$/.test(h), says: 'a 3–30 character @handle or a UC… channel id' },
};

/** The stored form of a handle as a scout may type it ("@Name", "  name "). */
export function normaliseHandle(raw: string): string {
  return raw.trim().replace(/^@/, '').toLowerCase();
}

/** Null when valid, else what the platform expects. */
export function handleProblem(platform: PlatformId, handle: string): string | null {
  const rule = HANDLE_RULES[platform];
  return rule.test(handle) ? null : `"${handle}" is not a ${platform} handle (${rule.says})`;
}

/** A profile address for a creator known only from a CSV row without one. */
export function profileUrlOf(platform: PlatformId, handle: string): string {
  if (platform === 'instagram') return `https://www.instagram.com/${handle}/`;
  if (platform === 'tiktok') return `https://www.tiktok.com/@${handle}`;
  return /^uc[a-z0-9_-]{22}$/.test(handle) ? `https://www.youtube.com/channel/${handle}` : `https://www.youtube.com/@${handle}`;
}
