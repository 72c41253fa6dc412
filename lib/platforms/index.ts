import type { PageCapture } from '../model/capture';
import { ExtractError } from '../model/errors';
import type { ProfileSnapshot } from '../model/snapshot';
import { handleFromUrl as igHandle, isInstagramHost, isPostUrl as igPost } from './instagram/detect';
import { extractInstagram } from './instagram/extract';
import { handleFromUrl as ttHandle, isTikTokHost } from './tiktok/detect';
import { extractTikTok } from './tiktok/extract';
import { channelFromUrl, isYouTubeHost } from './youtube/detect';
import { extractYouTube } from './youtube/extract';
import type { Platform } from './types';

/** The registry: adding a platform means adding one entry here and one folder. */
export const PLATFORMS: readonly Platform[] = [
  { id: 'instagram', matchesHost: isInstagramHost, isCreatorPage: (u) => igHandle(u) !== null || igPost(u), extract: extractInstagram },
  { id: 'tiktok', matchesHost: isTikTokHost, isCreatorPage: (u) => ttHandle(u) !== null, extract: extractTikTok },
  { id: 'youtube', matchesHost: isYouTubeHost, isCreatorPage: (u) => channelFromUrl(u) !== null, extract: extractYouTube },
];

export function platformFor(url: string): Platform | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return PLATFORMS.find((p) => p.matchesHost(parsed)) ?? null;
}

/** Extracts a snapshot, or throws an ExtractError that says what is missing and why. */
export function extract(capture: PageCapture): ProfileSnapshot {
  const platform = platformFor(capture.url);
  if (!platform) {
    throw new ExtractError('unsupported-site', ['handle', 'followers'], 'Microscope reads Instagram, TikTok and YouTube profiles only.');
  }
  try {
    return platform.extract(capture);
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    // A reader must never crash the caller: anything unexpected is a layout we do not know.
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ExtractError('layout-changed', [], `Couldn't read this ${platform.id} page — the page layout may have changed (${detail}).`);
  }
}
