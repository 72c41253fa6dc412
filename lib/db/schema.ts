import Dexie, { type Table } from 'dexie';
import type { PlatformId, ProfileSnapshot } from '../model/snapshot';
import type { Scorecard } from '../model/scorecard';

export interface CreatorRow {
  /** `${platform}:${handle}` — one creator per platform and handle, whichever tab adds it. */
  id: string;
  platform: PlatformId;
  handle: string;
  displayName: string | null;
  profileUrl: string;
  followers: number | null;
  /** The page showed the count rounded ("24.1K"), so it is a lower bound. */
  followersApproximate: boolean;
  lastScoredAt: string;
  lastScore: Scorecard;
  /** The scout's answers to manual value-fit items, by item id (not indexed, so no schema version needed). */
  answers?: Record<string, 'yes' | 'no' | 'unsure'>;
}

export interface SnapshotRow {
  id?: number;
  creatorId: string;
  capturedAt: string;
  snapshot: ProfileSnapshot;
}

export interface ShortlistRow {
  id?: number;
  name: string;
  brief: string;
  createdAt: string;
}

export const ENTRY_STATUSES = ['prospect', 'contacted', 'negotiating', 'agreed', 'declined'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export interface EntryRow {
  id?: number;
  shortlistId: number;
  creatorId: string;
  status: EntryStatus;
  tags: string[];
  notes: string;
  addedAt: string;
  updatedAt: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * Versions are append-only: never edit or delete a released version, add a new
 * one with an upgrade and a test that opens data written by the previous one.
 */
export class MicroscopeDb extends Dexie {
  creators!: Table<CreatorRow, string>;
  snapshots!: Table<SnapshotRow, number>;
  shortlists!: Table<ShortlistRow, number>;
  entries!: Table<EntryRow, number>;
  settings!: Table<SettingRow, string>;

  constructor(name = 'microscope') {
    super(name);
    this.version(1).stores({
      creators: 'id, &[platform+handle], platform, lastScoredAt',
      snapshots: '++id, creatorId, [creatorId+capturedAt]',
      shortlists: '++id, &name',
      entries: '++id, &[shortlistId+creatorId], creatorId, status',
      settings: 'key',
    });
  }
}

let shared: MicroscopeDb | null = null;

/** The extension's database; only extension pages and the background may call this. */
export function db(): MicroscopeDb {
  shared ??= new MicroscopeDb();
  return shared;
}
