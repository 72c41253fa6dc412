import type { StateCreator } from 'zustand';
import { creatorDetail, creatorNames, creatorsById, unlinkCreators, type CreatorDetail } from '../store/dashboard-queries';
import type { CreatorRow } from '../core/model/rows';
import { linkCreators } from '../store/shortlists';
import type { DashboardDeps, DashboardState } from './store';

export interface DashboardDetailSlice {
  /** The creator whose drawer is open. */
  detailId: string | null;
  /** The entry (the creator on one campaign) the drawer edits; null: the creator's first entry, if any. */
  detailEntryId: number | null;
  detail: CreatorDetail | null;
  /** Accounts the open creator could be linked to (other platforms). */
  linkable: Array<Pick<CreatorRow, 'id' | 'platform' | 'handle'>>;
  detailError: string | null;
  /** Creators shown side by side (2–4), read whole (the table's rows carry only what it shows); null when closed. */
  comparing: CreatorRow[] | null;
  compare(creatorIds: string[] | null): Promise<void>;
  openDetail(creatorId: string | null, entryId?: number | null): Promise<void>;
  link(otherId: string): Promise<void>;
  unlink(otherId: string): Promise<void>;
}

export const createDashboardDetailSlice = ({ db }: DashboardDeps): StateCreator<DashboardState, [], [], DashboardDetailSlice> => (set, get) => {
  async function refresh(creatorId: string) {
    const [detail, names] = await Promise.all([creatorDetail(db, creatorId), creatorNames(db)]);
    // The scout may have opened another creator meanwhile.
    if (get().detailId !== creatorId) return;
    const linked = new Set(detail?.creator.links ?? []);
    set({ detail, linkable: names.filter((n) => n.platform !== detail?.creator.platform && !linked.has(n.id)) });
  }
  async function change(what: string, write: () => Promise<void>) {
    const id = get().detailId;
    if (!id) return;
    try {
      await write();
      set({ detailError: null, message: what });
    } catch (err) {
      set({ detailError: (err as Error).message });
    }
    await refresh(id);
  }
  return {
    detailId: null,
    detailEntryId: null,
    detail: null,
    linkable: [],
    detailError: null,
    comparing: null,
    async compare(creatorIds) {
      set({ comparing: creatorIds && (await creatorsById(db, creatorIds)) });
    },
    async openDetail(creatorId, entryId = null) {
      set({ detailId: creatorId, detailEntryId: entryId, detail: null, detailError: null });
      if (creatorId) await refresh(creatorId);
    },
    link: (otherId) => change(`Linked ${otherId}.`, () => linkCreators(db, get().detailId!, otherId)),
    unlink: (otherId) => change(`Unlinked ${otherId}.`, () => unlinkCreators(db, get().detailId!, otherId)),
  };
};
