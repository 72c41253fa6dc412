import Dexie, { type Table } from 'dexie';
import type { CreatorRow, DashRow, EntryRow, ScorecardRow, SettingRow, ShortlistRow, SnapshotRow } from '../core/model/rows';
import { dashboardProjection } from './projection';
import { upgradeTo } from './upgrades';

export type { CreatorRow, EntryRow, EntryStatus, ScorecardRow, SettingRow, ShortlistRow, SnapshotRow } from '../core/model/rows';
export { ENTRY_STATUSES } from '../core/model/rows';

/** The version this build writes; restore refuses backups from a newer one. */
export const SCHEMA_VERSION = 5;

/**
 * Versions are append-only: never edit or delete a released version, add a new
 * one with an upgrade and a test that opens data written by the previous one
 * (tests/unit/db/upgrade.test.ts keeps a frozen copy of every released version).
 */
export class MicroscopeDb extends Dexie {
  creators!: Table<CreatorRow, string>;
  snapshots!: Table<SnapshotRow, number>;
  shortlists!: Table<ShortlistRow, number>;
  entries!: Table<EntryRow, number>;
  settings!: Table<SettingRow, string>;
  scorecards!: Table<ScorecardRow, string>;
  /** Derived: the dashboard's row per entry, kept by projection.ts; never backed up. */
  dashRows!: Table<DashRow, number>;

  constructor(name = 'microscope') {
    super(name);
    // Released with 0.1.0: keep exactly as is.
    this.version(1).stores({
      creators: 'id, &[platform+handle], platform, lastScoredAt',
      snapshots: '++id, creatorId, [creatorId+capturedAt]',
      shortlists: '++id, &name',
      entries: '++id, &[shortlistId+creatorId], creatorId, status',
      settings: 'key',
    });
    // Cross-platform links, and entry filters the dashboard needs (status within a list, tags).
    this.version(2).stores({
      creators: 'id, &[platform+handle], platform, lastScoredAt, *links',
      entries: '++id, &[shortlistId+creatorId], creatorId, status, [shortlistId+status], *tags',
    }).upgrade(upgradeTo(2));
    // Creators keep a slim score summary; each one's full scorecard moves to its own table.
    this.version(3).stores({
      scorecards: 'creatorId',
    }).upgrade(upgradeTo(3));
    // The dashboard reads one compact row per entry, kept in step by the projection middleware.
    this.version(4).stores({
      dashRows: 'id',
    }).upgrade(upgradeTo(4));
    // The dashboard rows carry the decision's inputs: rebuilt from the creators' summaries.
    this.version(5).stores({}).upgrade(upgradeTo(5));
    this.use(dashboardProjection);
  }
}

let shared: MicroscopeDb | null = null;

/** The extension's database; only extension pages and the background may call this. */
export function db(): MicroscopeDb {
  shared ??= new MicroscopeDb();
  return shared;
}
