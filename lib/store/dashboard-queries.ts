import { CreatorRowSchema, EntryRowSchema, repaired, ScorecardRowSchema, SnapshotRowSchema, type CreatorRow, type EntryRow, type ScorecardRow, type SnapshotRow } from '../core/model/rows';
import type { MicroscopeDb } from './schema';

/**
 * What one action did to one entry: the fields it wrote, as they were before and as it left
 * them, updatedAt included. Undo puts back only these fields, and only while the entry still
 * holds what the action left: an edit made since (the panel's notes, tags or quote) is kept.
 */
export interface EntryChange {
  id: number;
  before: Partial<EntryRow>;
  after: Partial<EntryRow>;
}

const pick = (row: EntryRow, keys: ReadonlyArray<keyof EntryRow>): Partial<EntryRow> => Object.fromEntries(keys.map((k) => [k, row[k]]));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies `change` to each entry in one transaction and returns, per entry, the fields it
 * changed before and after, for undo. Every changed row is validated, so a bad status never lands.
 */
export async function patchEntries(db: MicroscopeDb, ids: number[], change: (e: EntryRow) => Partial<EntryRow>, now: string): Promise<EntryChange[]> {
  return db.transaction('rw', db.entries, async () => {
    const current = (await db.entries.bulkGet(ids)).filter((e): e is EntryRow => e !== undefined);
    const changes: EntryChange[] = [];
    const next = current.map((e) => {
      const patch = { ...change(e), updatedAt: now };
      const row = EntryRowSchema.parse({ ...e, ...patch });
      const keys = Object.keys(patch) as Array<keyof EntryRow>;
      changes.push({ id: e.id!, before: pick(e, keys), after: pick(row, keys) });
      return row;
    });
    await db.entries.bulkPut(next);
    return changes;
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

/** What undo did: entries put back, and entries left alone because they changed since. */
export interface UndoOutcome {
  restored: number;
  changedSince: number;
}

/**
 * Undoes one action, in one transaction. A changed entry gets back only the fields the action
 * wrote, and only when it still holds what the action left (same updatedAt, same values); a
 * removed entry comes back whole (same id) unless its list is gone or the creator is on that
 * list again. Everything else counts as changed since and is left as it is.
 */
export async function restoreEntries(db: MicroscopeDb, step: { changes?: readonly EntryChange[]; removed?: readonly EntryRow[] }): Promise<UndoOutcome> {
  const { changes = [], removed = [] } = step;
  return db.transaction('rw', db.entries, db.shortlists, async () => {
    let changedSince = 0;
    const current = await db.entries.bulkGet(changes.map((c) => c.id));
    const puts: EntryRow[] = [];
    changes.forEach((c, i) => {
      const now = current[i];
      const untouched = now !== undefined && (Object.keys(c.after) as Array<keyof EntryRow>).every((k) => same(now[k], c.after[k]));
      if (untouched) puts.push({ ...now, ...c.before });
      else changedSince++;
    });
    const lists = new Set((await db.shortlists.bulkGet([...new Set(removed.map((e) => e.shortlistId))])).flatMap((l) => (l?.id === undefined ? [] : [l.id])));
    const present = await db.entries.bulkGet(removed.map((e) => e.id!));
    const adds: EntryRow[] = [];
    for (const [i, e] of removed.entries()) {
      const again = await db.entries.where('[shortlistId+creatorId]').equals([e.shortlistId, e.creatorId]).first();
      if (present[i] === undefined && lists.has(e.shortlistId) && !again && !adds.some((a) => a.shortlistId === e.shortlistId && a.creatorId === e.creatorId)) adds.push(e);
      else changedSince++;
    }
    await db.entries.bulkPut([...puts, ...adds]);
    return { restored: puts.length + adds.length, changedSince };
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
