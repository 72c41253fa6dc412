import type { PageCapture } from '../model/capture';
import { ExtractError } from '../model/errors';
import type { ProfileSnapshot } from '../model/snapshot';
import { instagram } from './entries/instagram';
import { tiktok } from './entries/tiktok';
import { youtube } from './entries/youtube';
import { extractWith } from './extract-with';
import type { PageRead } from './shared/page-read';
import type { Platform } from './types';

/** The registry: adding a platform means adding one folder, one entry file and one line here. */
export const PLATFORMS: readonly Platform[] = [instagram, tiktok, youtube];

export function platformFor(url: string): Platform | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return PLATFORMS.find((p) => p.matchesHost(parsed)) ?? null;
}

/** What the page holds, unknowns left null; null when no platform reads this site. */
export function readPage(capture: PageCapture): PageRead | null {
  return platformFor(capture.url)?.read(capture) ?? null;
}

/** Extracts a snapshot, or throws an ExtractError that says what is missing and why. */
export function extract(capture: PageCapture): ProfileSnapshot {
  const platform = platformFor(capture.url);
  if (!platform) {
    throw new ExtractError('unsupported-site', ['handle', 'followers'], 'Microscope reads Instagram, TikTok and YouTube profiles only.');
  }
  return extractWith(platform, capture);
}
