import { listNamed } from './list-names';
import { EntryRowSchema, repaired, ShortlistRowSchema, type EntryRow, type ShortlistRow } from '../core/model/rows';
import type { MicroscopeDb } from './schema';
import { newShortlist } from './queries';

/** Creates a campaign; names are unique ignoring case, so a second "Spring" or "spring" is refused. */
export async function createShortlist(db: MicroscopeDb, name: string, now: string, over: Partial<Pick<ShortlistRow, 'brief' | 'startsOn' | 'endsOn'>> = {}): Promise<number> {
  return db.transaction('rw', db.shortlists, async () => {
    const clash = await listNamed(db, name);
    if (clash) throw new ShortlistNameTaken(clash.name);
    return db.shortlists.add(newShortlist(name.trim(), now, over));
  });
}

export class ShortlistNameTaken extends Error {
  override name = 'ShortlistNameTaken';
  constructor(readonly existing: string) {
    super(`A shortlist named "${existing}" already exists.`);
  }
}

/** Every campaign, repaired on the way out (HOUSE principle 5); a row beyond repair is left out. */
export async function listShortlists(db: MicroscopeDb): Promise<ShortlistRow[]> {
  const rows = await db.shortlists.orderBy('name').toArray();
  return rows.map((r) => repaired(ShortlistRowSchema, r)).filter((r): r is ShortlistRow => r !== null);
}

export type EntryPatch = Partial<Pick<EntryRow, 'status' | 'tags' | 'notes' | 'answers' | 'quotedRate' | 'extra'>>;

/** Edits an entry; the patch is validated, so a bad status never reaches the table. */
export async function updateEntry(db: MicroscopeDb, entryId: number, patch: EntryPatch, now: string): Promise<EntryRow> {
  return db.transaction('rw', db.entries, async () => {
    const current = await db.entries.get(entryId);
    if (!current) throw new Error(`No shortlist entry ${entryId}.`);
    const next = EntryRowSchema.parse({ ...current, ...patch, updatedAt: now });
    await db.entries.put(next);
    return next;
  });
}

/** Links two accounts of the same person on different platforms, both ways, atomically. */
export async function linkCreators(db: MicroscopeDb, a: string, b: string): Promise<void> {
  if (a === b) return;
  await db.transaction('rw', db.creators, async () => {
    const [ca, cb] = await db.creators.bulkGet([a, b]);
    if (!ca || !cb) throw new Error(`Cannot link ${a} and ${b}: score both first.`);
    await db.creators.bulkPut([
      { ...ca, links: [...new Set([...(ca.links ?? []), b])] },
      { ...cb, links: [...new Set([...(cb.links ?? []), a])] },
    ]);
  });
}

/** The other accounts of the same person, following links transitively. */
export async function linkedCreators(db: MicroscopeDb, creatorId: string): Promise<string[]> {
  const seen = new Set([creatorId]);
  const queue = [creatorId];
  while (queue.length) {
    const row = await db.creators.get(queue.shift()!);
    for (const id of row?.links ?? []) if (!seen.has(id)) { seen.add(id); queue.push(id); }
  }
  seen.delete(creatorId);
  return [...seen];
}
