import type { PageCapture } from '../model/capture';
import { ExtractError } from '../model/errors';
import type { ProfileSnapshot } from '../model/snapshot';
import { handleFromUrl as igHandle, isInstagramHost, isPostUrl as igPost } from './instagram/detect';
import { readInstagram } from './instagram/extract';
import { handleFromUrl as ttHandle, isTikTokHost } from './tiktok/detect';
import { readTikTok } from './tiktok/extract';
import { channelFromUrl, isYouTubeHost } from './youtube/detect';
import { readYouTube } from './youtube/extract';
import { finalize } from './shared/finalize';
import type { PageRead } from './shared/page-read';
import type { Platform } from './types';

/** The registry: adding a platform means adding one entry here and one folder. */
export const PLATFORMS: readonly Platform[] = [
  { id: 'instagram', matchesHost: isInstagramHost, isCreatorPage: (u) => igHandle(u) !== null || igPost(u), read: readInstagram },
  { id: 'tiktok', matchesHost: isTikTokHost, isCreatorPage: (u) => ttHandle(u) !== null, read: readTikTok },
  { id: 'youtube', matchesHost: isYouTubeHost, isCreatorPage: (u) => channelFromUrl(u) !== null, read: readYouTube },
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
  let read: PageRead;
  try {
    read = platform.read(capture);
  } catch (err) {
    // A reader must never crash the caller: anything unexpected is a layout we do not know.
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ExtractError('layout-changed', [], `Couldn't read this ${platform.id} page — the page layout may have changed (${detail}).`);
  }
  return finalize(read, capture.capturedAt);
}
