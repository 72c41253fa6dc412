/**
 * Every platform Microscope reads, by id. The one list: the snapshot's PlatformId, the registries in
 * this folder, and every table keyed by platform derive from it.
 */
export const PLATFORM_IDS = ['instagram', 'tiktok', 'youtube'] as const;
