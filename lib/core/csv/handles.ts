import type { PlatformId } from '../model/snapshot';
import { traitsOf } from '../platforms/traits';

/** The stored form of a handle as a scout may type it ("@Name", "  name "). */
export function normaliseHandle(raw: string): string {
  return raw.trim().replace(/^@/, '').toLowerCase();
}

/** Null when valid, else what the platform expects. */
export function handleProblem(platform: PlatformId, handle: string): string | null {
  const rule = traitsOf(platform).handle;
  return rule.test(handle) ? null : `"${handle}" is not a ${platform} handle (${rule.says})`;
}

/** A profile address for a creator known only from a CSV row without one. */
export function profileUrlOf(platform: PlatformId, handle: string): string {
  return traitsOf(platform).profileUrl(handle);
}
