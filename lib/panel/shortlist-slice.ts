import type { StateCreator } from 'zustand';
import type { PanelShortlists, RequestOf } from '../messaging/protocol';
import type { PanelApi, PanelState } from './store';

export type EntryDraft = Omit<RequestOf<'save-entry'>, 'creatorId' | 'unsaved'>;

export interface ShortlistSlice {
  /** Every list's name and this creator's entries; null until loaded. */
  lists: PanelShortlists | null;
  saving: boolean;
  saveError: string | null;
  loadShortlists(): Promise<void>;
  /**
   * The dashboard changed shortlists: follow a renamed campaign, refresh the lists, and score
   * again when the campaign whose answers the scorecard used is gone.
   */
  listsChanged(renamed: { from: string; to: string } | null): Promise<void>;
  saveEntry(draft: EntryDraft): Promise<void>;
}

const briefNamed = (lists: PanelShortlists | null, name: string | null) => lists?.campaigns.find((c) => c.name === name) ?? null;

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
  async listsChanged(renamed) {
    const rename = (name: string | null) => (renamed && name === renamed.from ? renamed.to : name);
    set({ campaign: rename(get().campaign) });
    const { result, tabId } = get();
    if (!result) return;
    const briefBefore = JSON.stringify(briefNamed(get().lists ?? result.lists, result.campaign));
    set({ result: { ...result, campaign: rename(result.campaign) } });
    await get().loadShortlists();
    const now = get().result;
    const exists = new Set(get().lists?.names ?? []);
    if (now?.creatorId !== result.creatorId || tabId === null || now.campaign === null) return;
    // The campaign scored for is gone: score again for the one picked, if it still exists, else the creator's own.
    if (!exists.has(now.campaign)) {
      const picked = get().campaign;
      await get().chooseCampaign(picked !== null && exists.has(picked) ? picked : null);
      return;
    }
    // Its brief (range, markets, window, languages, brand) was edited: the score, the chip and the decision follow at once.
    if (JSON.stringify(briefNamed(get().lists, now.campaign)) !== briefBefore) await get().chooseCampaign(get().campaign ?? now.campaign);
  },
  async saveEntry(draft) {
    const result = get().result;
    if (!result) return;
    set({ saving: true, saveError: null });
    try {
      // Adding is acting on this creator: a read the panel only followed to is stored with it.
      const lists = await api.saveEntry({ creatorId: result.creatorId, ...draft, unsaved: result.stored ? undefined : result.snapshot });
      // The tab may have moved on to another creator while this saved: never put the old one back.
      if (get().result?.creatorId !== result.creatorId) return;
      // A creator on no list was scored with the scout's latest answers, which its new entry copied.
      set({ lists, result: { ...result, stored: true, lists, campaign: result.campaign ?? draft.shortlistName } });
    } catch (err) {
      set({ saveError: `Not saved: ${(err as Error).message}` });
    } finally {
      set({ saving: false });
    }
  },
});
