import type { PanelEntry, PanelShortlists } from '../core/model/panel-entry';
import { addToShortlist } from './queries';
import { listNamed } from './list-names';
import { lastCampaign, loadBrands, setLastCampaign } from './settings';
import { brandForCampaign } from '../core/model/brand';
import { briefOf } from '../core/model/campaign';
import { EntryStatus } from '../core/model/entry-status';
import { QuotedRate } from '../core/model/rows';
import type { MicroscopeDb } from './schema';

/**
 * The side panel's shortlist reads and edits. Kept apart from queries.ts (the dashboard's and
 * the CSV's) so the panel asks only for what it shows: list names and this creator's entries.
 */
export async function panelShortlists(db: MicroscopeDb, creatorId: string): Promise<PanelShortlists> {
  return db.transaction('r', db.shortlists, db.entries, db.settings, async () => {
    const lists = await db.shortlists.orderBy('name').toArray();
    const brands = await loadBrands(db);
    const nameOf = new Map(lists.map((l) => [l.id, l.name]));
    const rows = await db.entries.where('creatorId').equals(creatorId).toArray();
    const entries: PanelEntry[] = [];
    for (const row of rows) {
      const shortlist = nameOf.get(row.shortlistId);
      if (row.id === undefined || shortlist === undefined) continue;
      entries.push({
        entryId: row.id,
        shortlist,
        // Repair on read: an unknown status from an older build reads as a prospect.
        status: EntryStatus.catch('prospect').parse(row.status),
        tags: Array.isArray(row.tags) ? row.tags.filter((t): t is string => typeof t === 'string') : [],
        notes: typeof row.notes === 'string' ? row.notes : '',
        quotedRate: QuotedRate.safeParse(row.quotedRate).data ?? null,
      });
    }
    entries.sort((a, b) => a.shortlist.localeCompare(b.shortlist));
    const campaigns = lists.map((l) => {
      const brief = briefOf(l);
      return { name: l.name, brief, brandName: brandForCampaign(brands, brief).name };
    });
    const last = await lastCampaign(db);
    return { names: lists.map((l) => l.name), entries, campaigns, lastUsed: lists.some((l) => l.name === last) ? last : null };
  });
}

/** The fields an edit changes; those left out stay as stored (a new entry starts as a prospect). */
export interface EntryFields {
  status?: PanelEntry['status'];
  tags?: string[];
  notes?: string;
  quotedRate?: PanelEntry['quotedRate'];
}

/** Adds the creator to a list (created on first use) or edits its entry there, then returns the panel's view. */
export async function saveEntry(db: MicroscopeDb, creatorId: string, shortlistName: string, fields: EntryFields, now: string): Promise<PanelShortlists> {
  const name = shortlistName.trim();
  await addToShortlist(db, creatorId, name, now);
  await setLastCampaign(db, name);
  await db.transaction('rw', db.shortlists, db.entries, async () => {
    const list = await listNamed(db, name);
    if (list?.id === undefined) throw new Error(`The campaign “${name}” was deleted while saving.`);
    const entry = await db.entries.where('[shortlistId+creatorId]').equals([list.id, creatorId]).first();
    if (entry?.id === undefined) throw new Error(`No entry for ${creatorId} on “${name}”.`);
    await db.entries.update(entry.id, {
      ...(fields.status !== undefined ? { status: fields.status } : {}),
      ...(fields.tags !== undefined ? { tags: cleanTags(fields.tags) } : {}),
      ...(fields.notes !== undefined ? { notes: fields.notes } : {}),
      ...(fields.quotedRate !== undefined ? { quotedRate: fields.quotedRate } : {}),
      updatedAt: now,
    });
  });
  return panelShortlists(db, creatorId);
}

/** Trimmed, non-empty, unique (case-insensitively), in the order typed. */
export function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}
