import type { PlatformId } from '../model/snapshot';
import { instagramTraits } from './instagram/traits';
import { tiktokTraits } from './tiktok/traits';
import { youtubeTraits } from './youtube/traits';
import type { PlatformTraits } from './traits-types';

export type { PlatformTraits } from './traits-types';

/** The registry of what every platform is, without its reader (see index.ts for the readers). */
export const PLATFORM_TRAITS: readonly PlatformTraits[] = [instagramTraits, tiktokTraits, youtubeTraits];

export function traitsOf(id: PlatformId): PlatformTraits {
  const traits = PLATFORM_TRAITS.find((t) => t.id === id);
  if (!traits) throw new Error(`No platform ${id}`);
  return traits;
}
