import { CreatorRowSchema, EntryRowSchema, repaired, ScorecardRowSchema, SnapshotRowSchema, type CreatorRow, type EntryRow, type ScorecardRow, type SnapshotRow } from '../core/model/rows';
import type { MicroscopeDb } from './schema';

/**
 * Applies `change` to each entry in one transaction and returns the rows as they
 * were before, for undo. Every changed row is validated, so a bad status never lands.
 */
export async function patchEntries(db: MicroscopeDb, ids: number[], change: (e: EntryRow) => Partial<EntryRow>, now: string): Promise<EntryRow[]> {
  return db.transaction('rw', db.entries, async () => {
    const before = (await db.entries.bulkGet(ids)).filter((e): e is EntryRow => e !== undefined);
    await db.entries.bulkPut(before.map((e) => EntryRowSchema.parse({ ...e, ...change(e), updatedAt: now })));
    return before;
  });
}

/** Removes entries (never creators or snapshots); returns the removed rows, for undo. */
export async function deleteEntries(db: MicroscopeDb, ids: number[]): Promise<EntryRow[]> {
  return db.transaction('rw', db.entries, async () => {
    const before = (await db.entries.bulkGet(ids)).filter((e): e is EntryRow => e !== undefined);
    await db.entries.bulkDelete(ids);
    return before;
  });
}

/** Puts entries back exactly as they were (same ids), all in one transaction. */
export async function restoreEntries(db: MicroscopeDb, rows: EntryRow[]): Promise<void> {
  await db.transaction('rw', db.entries, async () => {
    await db.entries.bulkPut(rows);
  });
}

export interface CreatorDetail {
  creator: CreatorRow;
  snapshots: SnapshotRow[];
  /** Accounts linked directly to this one (the ones unlink can remove). */
  links: CreatorRow[];
  /** The full scorecard of the last visit in this browser, with its evidence; null when there is none. */
  scorecard: ScorecardRow | null;
}

/** One creator with every stored visit and its linked accounts; null when it is gone. */
export async function creatorDetail(db: MicroscopeDb, creatorId: string): Promise<CreatorDetail | null> {
  return db.transaction('r', db.creators, db.snapshots, db.scorecards, async () => {
    const creator = repaired(CreatorRowSchema, await db.creators.get(creatorId));
    if (!creator) return null;
    const raw = await db.snapshots.where('[creatorId+capturedAt]').between([creatorId, ''], [creatorId, '\uffff']).toArray();
    const snapshots = raw.map((r) => repaired(SnapshotRowSchema, r)).filter((r): r is SnapshotRow => r !== null);
    const linked = await db.creators.bulkGet(creator.links);
    const links = linked.map((c) => repaired(CreatorRowSchema, c)).filter((c): c is CreatorRow => c !== null);
    const scorecard = repaired(ScorecardRowSchema, await db.scorecards.get(creatorId));
    return { creator, snapshots, links, scorecard };
  });
}

/** Creators by id, in the order asked, each read (repaired) whole; one gone or beyond repair is left out. */
export async function creatorsById(db: MicroscopeDb, ids: string[]): Promise<CreatorRow[]> {
  return (await db.creators.bulkGet(ids)).map((c) => repaired(CreatorRowSchema, c)).filter((c): c is CreatorRow => c !== null);
}

/** Every creator's id, platform and handle, for the "link to" picker. */
export async function creatorNames(db: MicroscopeDb): Promise<Array<Pick<CreatorRow, 'id' | 'platform' | 'handle'>>> {
  const all = await db.creators.toArray();
  return all.map((c) => ({ id: c.id, platform: c.platform, handle: c.handle })).sort((a, b) => a.handle.localeCompare(b.handle));
}

/** Removes the link between two accounts, both ways, atomically. */
export async function unlinkCreators(db: MicroscopeDb, a: string, b: string): Promise<void> {
  await db.transaction('rw', db.creators, async () => {
    const [ca, cb] = await db.creators.bulkGet([a, b]);
    const rows = [ca && { ...ca, links: (ca.links ?? []).filter((x) => x !== b) }, cb && { ...cb, links: (cb.links ?? []).filter((x) => x !== a) }];
    await db.creators.bulkPut(rows.filter((r): r is CreatorRow => !!r));
  });
}
