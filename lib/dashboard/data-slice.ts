import type { StateCreator } from 'zustand';
import { deleteCampaign, restoreCampaign, updateCampaign } from '../store/campaigns';
import { deleteCreatorData, restoreCreatorData } from '../store/creators';
import { deleteEntries, patchEntries, restoreEntries, type EntryChange } from '../store/dashboard-queries';
import { dashboardRows, type DashboardRow } from '../store/dashboard-rows';
import type { EntryRow, EntryStatus, QuotedRate, ShortlistRow } from '../core/model/rows';
import { createShortlist, listShortlists, ShortlistNameTaken } from '../store/shortlists';
import { popped, pushed, tagsWith, type UndoStep } from './undo';
import { entriesWord } from '../core/format/words';
import type { CampaignFields } from '../core/model/campaign';
import type { BrandProfile } from '../core/model/brand';
import type { DashboardDeps, DashboardState } from './store';

/** What the drawer edits of one entry. */
/** The drawer's edit: only the fields it changed. */
export type EntryPatch = Partial<Pick<EntryRow, 'status' | 'tags' | 'notes' | 'quotedRate'>>;

export interface DashboardDataSlice {
  /** Every entry as the table shows it (the compact projection); null until loaded. */
  rows: DashboardRow[] | null;
  lists: ShortlistRow[];
  /** The brand profiles a campaign can be for (names shown, ids kept); empty when they could not be read. */
  brands: BrandProfile[];
  undoStack: UndoStep[];
  /** The last thing that happened, read out by a live region. */
  message: string;
  error: string | null;
  load(): Promise<void>;
  /** After a write: tells the side panel (a renamed campaign by its old and new name), then reloads. */
  afterWrite(renamed?: { from: string; to: string }): Promise<void>;
  bulkStatus(status: EntryStatus): Promise<void>;
  /** Sets one entry's status from its row; undoable like a bulk action. */
  setStatus(entryId: number, status: EntryStatus): Promise<void>;
  /** Saves one entry's status, tags, notes and quote from the drawer; resolves to an error message, or null when saved. */
  saveEntry(entryId: number, patch: EntryPatch): Promise<string | null>;
  bulkTag(tag: string, mode: 'add' | 'remove'): Promise<void>;
  /** Sets (or, with null, clears) the quoted rate of the selected entries. */
  bulkQuote(quote: QuotedRate | null): Promise<void>;
  bulkDelete(): Promise<void>;
  undo(): Promise<void>;
  createList(name: string): Promise<number | null>;
  /** Saves a campaign's name, brief and dates; resolves to an error message, or null when saved. */
  saveCampaign(id: number, fields: CampaignFields): Promise<string | null>;
  /** Deletes a campaign and its entries (creators and their history stay); undoable. */
  removeCampaign(id: number): Promise<void>;
  /** Deletes everything kept about one creator (profile, visits, comments read, entries); undoable. */
  removeCreator(creatorId: string): Promise<void>;
}

/** A patch's per-entry changes, as an undo step's. */
const changed = (write: (ids: number[]) => Promise<EntryChange[]>) => async (ids: number[]) => ({ changes: await write(ids), removed: [] });

export const createDashboardDataSlice = ({ db, now, announce, loadBrands }: DashboardDeps): StateCreator<DashboardState, [], [], DashboardDataSlice> => (set, get) => {
  /** Runs a write on some entries, records what it replaced for undo, then reloads; true when it was written. */
  async function run(label: string, ids: number[], write: (ids: number[]) => Promise<Pick<UndoStep, 'changes' | 'removed'>>, keepSelection: boolean): Promise<boolean> {
    if (ids.length === 0) return false;
    let ok = false;
    try {
      const done = await write(ids);
      const n = done.changes.length + done.removed.length;
      set((s) => ({ undoStack: pushed(s.undoStack, { label, ...done }), message: `${label}: ${entriesWord(n)}.`, error: null, selected: keepSelection ? s.selected : [] }));
      ok = true;
    } catch (err) {
      set({ error: `${label} failed: ${(err as Error).message}` });
    }
    await get().afterWrite();
    return ok;
  }
  const bulk = (label: string, write: (ids: number[]) => Promise<Pick<UndoStep, 'changes' | 'removed'>>, keepSelection: boolean) => run(label, get().selected, write, keepSelection).then(() => undefined);
  const handleOf = (entryId: number) => get().rows?.find((r) => r.entry.id === entryId)?.creator.handle ?? 'entry';
  return {
    rows: null,
    lists: [],
    brands: [],
    undoStack: [],
    message: '',
    error: null,
    async load() {
      const [rows, lists, brands] = await Promise.all([dashboardRows(db), listShortlists(db), loadBrands().catch(() => get().brands)]);
      const present = new Set(rows.map((r) => r.entry.id));
      set((s) => ({ rows, lists, brands, selected: s.selected.filter((id) => present.has(id)) }));
    },
    async afterWrite(renamed) {
      announce({ renamed: renamed ?? null });
      await get().load();
    },
    bulkStatus: (status) => bulk(`Status set to ${status}`, changed((ids) => patchEntries(db, ids, () => ({ status }), now())), true),
    setStatus: (entryId, status) => run(`@${handleOf(entryId)}: status set to ${status}`, [entryId], changed((ids) => patchEntries(db, ids, () => ({ status }), now())), true).then(() => undefined),
    async saveEntry(entryId, patch) {
      const ok = await run(`@${handleOf(entryId)}: entry saved`, [entryId], changed((ids) => patchEntries(db, ids, () => patch, now())), true);
      return ok ? null : get().error;
    },
    bulkTag: (tag, mode) => (tag.trim() ? bulk(`Tag "${tag.trim()}" ${mode === 'add' ? 'added' : 'removed'}`, changed((ids) => patchEntries(db, ids, (e) => ({ tags: tagsWith(e.tags, tag, mode) }), now())), true) : Promise.resolve()),
    bulkQuote: (quote) => bulk(quote ? `Quote set to ${quote.amount} ${quote.currency}` : 'Quote cleared', changed((ids) => patchEntries(db, ids, () => ({ quotedRate: quote }), now())), true),
    bulkDelete: () => bulk('Removed from the campaign', async (ids) => ({ changes: [], removed: await deleteEntries(db, ids) }), false),
    async undo() {
      const top = popped(get().undoStack);
      if (!top) return;
      try {
        let changedSince = 0;
        if (top.step.campaign) await restoreCampaign(db, top.step.campaign);
        else if (top.step.creator) await restoreCreatorData(db, top.step.creator);
        else changedSince = (await restoreEntries(db, top.step)).changedSince;
        const left = changedSince === 0 ? '' : ` ${entriesWord(changedSince)} changed since; left as ${changedSince === 1 ? 'it is' : 'they are'}.`;
        set({ undoStack: top.rest, message: `Undone: ${top.step.label}.${left}`, error: null });
      } catch (err) {
        set({ error: `Undo failed: ${(err as Error).message}` });
      }
      await get().afterWrite();
    },
    async createList(name) {
      if (!name.trim()) return null;
      try {
        const id = await createShortlist(db, name, now());
        set({ message: `Campaign "${name.trim()}" created.`, error: null });
        await get().afterWrite();
        return id;
      } catch (err) {
        set({ error: err instanceof ShortlistNameTaken ? `A campaign called "${err.existing}" already exists.` : `Could not create the campaign: ${(err as Error).message}` });
        return null;
      }
    },
    async saveCampaign(id, fields) {
      try {
        const before = get().lists.find((l) => l.id === id)?.name;
        const saved = await updateCampaign(db, id, fields);
        set({ message: `Campaign "${saved.name}" saved.`, error: null });
        await get().afterWrite(before !== undefined && before !== saved.name ? { from: before, to: saved.name } : undefined);
        return null;
      } catch (err) {
        return (err as Error).message;
      }
    },
    async removeCampaign(id) {
      try {
        const deleted = await deleteCampaign(db, id);
        const label = `Deleted campaign "${deleted.list.name}"`;
        set((s) => ({
          undoStack: pushed(s.undoStack, { label, changes: [], removed: deleted.entries, campaign: deleted }),
          message: `${label} and ${entriesWord(deleted.entries.length)}.`,
          error: null,
        }));
        // A filter on the deleted list would match nothing: show every list again.
        if (get().filter.shortlistId === id) get().setFilter({ shortlistId: null });
      } catch (err) {
        set({ error: `Deleting the campaign failed: ${(err as Error).message}` });
      }
      await get().afterWrite();
    },
    async removeCreator(creatorId) {
      try {
        const deleted = await deleteCreatorData(db, creatorId);
        const label = `Deleted everything about @${deleted.creator.handle}`;
        set((s) => ({ undoStack: pushed(s.undoStack, { label, changes: [], removed: [], creator: deleted }), message: `${label} (${deleted.snapshots.length} visit(s), ${entriesWord(deleted.entries.length)}).`, error: null }));
      } catch (err) {
        set({ error: `Deleting the creator failed: ${(err as Error).message}` });
      }
      await get().afterWrite();
    },
  };
};
