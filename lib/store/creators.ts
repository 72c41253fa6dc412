import type { CreatorRow, EntryRow, ScorecardRow, SnapshotRow } from '../core/model/rows';
import type { MicroscopeDb } from './schema';

/** Everything one creator left in the database, as it was: enough to put it back (undo). */
export interface DeletedCreator {
  creator: CreatorRow;
  snapshots: SnapshotRow[];
  scorecard: ScorecardRow | undefined;
  entries: EntryRow[];
  /** Other accounts of the same person that linked to this one, with their links as they were. */
  linkedFrom: Array<{ id: string; links: string[] }>;
}

export class CreatorDeleteError extends Error {
  override name = 'CreatorDeleteError';
}

/**
 * Deletes everything Microscope keeps about one creator, in one transaction: the profile, every
 * visit (with the comments read there), the full scorecard and its entries on every campaign; other
 * accounts stop linking to it. What a scout asks for when a creator wants to be forgotten.
 */
export async function deleteCreatorData(db: MicroscopeDb, creatorId: string): Promise<DeletedCreator> {
  return db.transaction('rw', [db.creators, db.snapshots, db.scorecards, db.entries], async () => {
    const creator = await db.creators.get(creatorId);
    if (!creator) throw new CreatorDeleteError('This creator is no longer stored; it may have been deleted in another tab.');
    const snapshots = await db.snapshots.where('creatorId').equals(creatorId).toArray();
    const scorecard = await db.scorecards.get(creatorId);
    const entries = await db.entries.where('creatorId').equals(creatorId).toArray();
    const linking = await db.creators.where('links').equals(creatorId).toArray();
    await db.entries.bulkDelete(entries.map((e) => e.id!));
    await db.snapshots.bulkDelete(snapshots.map((s) => s.id!));
    await db.scorecards.delete(creatorId);
    await db.creators.delete(creatorId);
    for (const other of linking) await db.creators.update(other.id, { links: (other.links ?? []).filter((l) => l !== creatorId) });
    return { creator, snapshots, scorecard, entries, linkedFrom: linking.map((o) => ({ id: o.id, links: [...(o.links ?? [])] })) };
  });
}

/** Undoes deleteCreatorData: every row comes back with its key, all or nothing; a new read of the creator since is refused. */
export async function restoreCreatorData(db: MicroscopeDb, deleted: DeletedCreator): Promise<void> {
  await db.transaction('rw', [db.creators, db.snapshots, db.scorecards, db.entries], async () => {
    if (await db.creators.get(deleted.creator.id)) throw new CreatorDeleteError(`@${deleted.creator.handle} was scored again since; the new data stays and the deleted data cannot come back over it.`);
    await db.creators.put(deleted.creator);
    await db.snapshots.bulkPut(deleted.snapshots);
    if (deleted.scorecard) await db.scorecards.put(deleted.scorecard);
    await db.entries.bulkPut(deleted.entries);
    for (const o of deleted.linkedFrom) if (await db.creators.get(o.id)) await db.creators.update(o.id, { links: o.links });
  });
}
