import type { StateCreator } from 'zustand';
import type { PanelShortlists, RequestOf } from '../messaging/protocol';
import type { PanelApi, PanelState } from './panel-store';

export type EntryDraft = Omit<RequestOf<'save-entry'>, 'creatorId'>;

export interface ShortlistSlice {
  /** Every list's name and this creator's entries; null until loaded. */
  lists: PanelShortlists | null;
  saving: boolean;
  saveError: string | null;
  loadShortlists(): Promise<void>;
  saveEntry(draft: EntryDraft): Promise<void>;
}

export const createShortlistSlice = (api: PanelApi): StateCreator<PanelState, [], [], ShortlistSlice> => (set, get) => ({
  lists: null,
  saving: false,
  saveError: null,
  async loadShortlists() {
    const creatorId = get().result?.creatorId;
    if (!creatorId) return;
    const lists = await api.shortlistState(creatorId);
    // The scout may have moved on while this was loading.
    if (get().result?.creatorId === creatorId) set({ lists });
  },
  async saveEntry(draft) {
    const result = get().result;
    if (!result) return;
    set({ saving: true, saveError: null });
    try {
      const lists = await api.saveEntry({ creatorId: result.creatorId, ...draft });
      // A creator on no list was scored with the scout's latest answers, which its new entry copied.
      set({ lists, result: { ...result, shortlistedIn: lists.entries.map((e) => e.shortlist), campaign: result.campaign ?? draft.shortlistName } });
    } catch (err) {
      set({ saveError: `Not saved: ${(err as Error).message}` });
    } finally {
      set({ saving: false });
    }
  },
});
