import { checkedCampaign, type CampaignFields } from '../core/model/campaign';
import type { EntryRow, ShortlistRow } from '../core/model/rows';
import { listNamed } from './list-names';
import type { MicroscopeDb } from './schema';

export class CampaignError extends Error {
  override name = 'CampaignError';
}

/**
 * Renames a campaign and sets its brief and dates. Names stay unique (the CSV and the panel
 * refer to lists by name), so taking another list's name is refused with that name.
 */
export async function updateCampaign(db: MicroscopeDb, id: number, input: CampaignFields): Promise<ShortlistRow> {
  const checked = checkedCampaign(input);
  if (!checked.ok) throw new CampaignError(checked.problem);
  const fields = checked.value;
  return db.transaction('rw', db.shortlists, async () => {
    const current = await db.shortlists.get(id);
    if (!current) throw new CampaignError('This campaign no longer exists; it may have been deleted in another tab.');
    const clash = await listNamed(db, fields.name);
    if (clash && clash.id !== id) throw new CampaignError(`Another campaign is already called "${fields.name}".`);
    const next = { ...current, ...fields };
    await db.shortlists.put(next);
    return next;
  });
}

/** A deleted campaign with its entries, as they were: enough to put it back. */
export interface DeletedCampaign {
  list: ShortlistRow;
  entries: EntryRow[];
}

/**
 * Deletes a campaign and its entries in one transaction. Creators, their visits and the
 * other campaigns' entries stay: the same creator may be on another list.
 */
export async function deleteCampaign(db: MicroscopeDb, id: number): Promise<DeletedCampaign> {
  return db.transaction('rw', db.shortlists, db.entries, async () => {
    const list = await db.shortlists.get(id);
    if (!list) throw new CampaignError('This campaign no longer exists; it may have been deleted in another tab.');
    const entries = await db.entries.where('shortlistId').equals(id).toArray();
    await db.entries.bulkDelete(entries.map((e) => e.id!));
    await db.shortlists.delete(id);
    return { list, entries };
  });
}

/** Undoes deleteCampaign: the list and its entries come back with their ids, all or nothing. */
export async function restoreCampaign(db: MicroscopeDb, deleted: DeletedCampaign): Promise<void> {
  await db.transaction('rw', db.shortlists, db.entries, async () => {
    const clash = await listNamed(db, deleted.list.name);
    if (clash && clash.id !== deleted.list.id) throw new CampaignError(`A new campaign is called "${deleted.list.name}" now; rename it first.`);
    await db.shortlists.put(deleted.list);
    await db.entries.bulkPut(deleted.entries);
  });
}
