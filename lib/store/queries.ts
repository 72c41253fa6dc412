import { viewOf, type ShortlistView } from '../core/model/shortlist-view';
import { listNamed } from './list-names';
import { shortlistsOf } from './visits';
import { CreatorRowSchema, EntryRowSchema, repaired, ShortlistRowSchema } from '../core/model/rows';
import type { CreatorRow, EntryRow, MicroscopeDb, ShortlistRow } from './schema';

/** A new entry with neutral defaults; it starts with the scout's latest answers for the creator. */
export function newEntry(shortlistId: number, creatorId: string, now: string, answers: EntryRow['answers'] = {}): EntryRow {
  return { shortlistId, creatorId, status: 'prospect', tags: [], notes: '', addedAt: now, updatedAt: now, answers: { ...answers }, quotedRate: null, extra: {} };
}

/** A new campaign row with neutral defaults. */
export function newShortlist(name: string, now: string, over: Partial<ShortlistRow> = {}): ShortlistRow {
  return { name, brief: '', createdAt: now, startsOn: null, endsOn: null, extraColumns: [], ...over };
}

/**
 * Adds a creator to a shortlist, creating the list on first use. Adding twice is a
 * no-op: the unique [shortlistId+creatorId] index makes two racing tabs end with one entry.
 */
export async function addToShortlist(db: MicroscopeDb, creatorId: string, shortlistName: string, now: string): Promise<string[]> {
  await db.transaction('rw', db.shortlists, db.entries, db.creators, async () => {
    const creator = await db.creators.get(creatorId);
    if (!creator) throw new Error(`Unknown creator ${creatorId}; score it first.`);
    const list = await listNamed(db, shortlistName);
    const shortlistId = list?.id ?? (await db.shortlists.add(newShortlist(shortlistName.trim(), now)));
    const exists = await db.entries.where('[shortlistId+creatorId]').equals([shortlistId, creatorId]).first();
    if (!exists) await db.entries.add(newEntry(shortlistId, creatorId, now, creator.answers));
  });
  return shortlistsOf(db, creatorId);
}

export { viewOf, type ShortlistView } from '../core/model/shortlist-view';

/**
 * Entries with their creator and list, whole, for the CSV; one list or all. (The dashboard
 * reads its compact projection instead: dashboard-rows.ts.)
 * Rows are repaired on the way out: a row beyond repair is left out, never shown half-read.
 */
export async function shortlistView(db: MicroscopeDb, shortlistId?: number): Promise<ShortlistView[]> {
  return db.transaction('r', db.entries, db.shortlists, db.creators, async () => {
    const entries = await entriesOf(db, shortlistId);
    const lists = new Map((await db.shortlists.toArray()).map((l) => [l.id, repaired(ShortlistRowSchema, l)]));
    const creators = await creatorsFor(db, entries);
    const out: ShortlistView[] = [];
    for (const raw of entries) {
      const entry = repaired(EntryRowSchema, raw);
      const creator = creators.get(raw.creatorId);
      const shortlist = lists.get(raw.shortlistId);
      if (entry && creator && shortlist) out.push(viewOf(entry, shortlist, creator));
    }
    return out;
  });
}

/** One list's entries, or all. A list that holds most entries is read faster by a scan (see below). */
async function entriesOf(db: MicroscopeDb, shortlistId?: number): Promise<EntryRow[]> {
  if (shortlistId === undefined) return db.entries.toArray();
  const inList = db.entries.where('shortlistId').equals(shortlistId);
  if ((await inList.count()) * 4 < (await db.entries.count())) return inList.toArray();
  return (await db.entries.toArray()).filter((e) => e.shortlistId === shortlistId);
}

/**
 * The creators of a set of entries, each read (repaired) once; null when beyond repair or gone.
 * In IndexedDB a key-by-key lookup costs a few times what a scan costs per row, so when the
 * entries name a good share of all creators, scan.
 */
async function creatorsFor(db: MicroscopeDb, entries: EntryRow[]): Promise<Map<string, CreatorRow | null>> {
  const wanted = new Set<string>();
  for (const e of entries) wanted.add(e.creatorId);
  const byId = new Map<string, CreatorRow | null>();
  if (wanted.size * 4 >= (await db.creators.count())) {
    for (const c of await db.creators.toArray()) if (wanted.has(c.id)) byId.set(c.id, repaired(CreatorRowSchema, c));
  } else {
    const ids = [...wanted];
    const found = await db.creators.bulkGet(ids);
    ids.forEach((id, i) => byId.set(id, repaired(CreatorRowSchema, found[i])));
  }
  return byId;
}
