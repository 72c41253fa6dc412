import type { StateCreator } from 'zustand';
import type { ExtractErrorInfo } from '../model/errors';
import type { ScoredCreator } from '../messaging/protocol';
import { followDecision } from './follow';
import type { PanelApi, PanelState } from './panel-store';

export interface ScoreSlice {
  /** The tab this panel follows, and the address it last read there. */
  tabId: number | null;
  url: string | null;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  result: ScoredCreator | null;
  error: ExtractErrorInfo | null;
  /** The tab moved to a page we cannot read; the last scorecard stays, with a note. */
  left: boolean;
  /** Completed reads since the panel opened: lets tests (and the title) tell a new read from an old one. */
  reads: number;
  /**
   * The campaign (shortlist) the scout is answering for; it carries over to the next creator
   * that is on that list. The score says which campaign's answers it actually used.
   */
  campaign: string | null;
  /** reuse: take the on-page button's read of the same page if it is seconds old. */
  score(tabId: number, options?: { reuse?: boolean }): Promise<void>;
  /** The tab's address changed: returns true when the panel should rescore (the caller debounces). */
  follow(event: { tabId: number; url: string }): boolean;
  /** Saves a manual checklist answer for the campaign shown, then rescores so the value fit reflects it. */
  answer(itemId: string, answer: 'yes' | 'no' | 'unsure'): Promise<void>;
  /** Shows the value fit with another campaign's answers. */
  chooseCampaign(name: string): Promise<void>;
}

export const createScoreSlice = (api: PanelApi): StateCreator<PanelState, [], [], ScoreSlice> => (set, get) => {
  // Only the newest request may write: a slow read of the previous profile must not land over the next.
  let latest = 0;
  return {
    tabId: null,
    url: null,
    status: 'idle',
    result: null,
    error: null,
    left: false,
    reads: 0,
    campaign: null,
    async score(tabId, options = {}) {
      const ticket = ++latest;
      set({ tabId, status: 'loading', error: null, left: false });
      try {
        const outcome = await api.scoreTab(tabId, options.reuse ?? false, get().campaign);
        if (ticket !== latest) return;
        if (outcome.ok) {
          set({ status: 'ready', result: outcome.value, url: outcome.value.pageUrl ?? get().url, reads: get().reads + 1, campaign: outcome.value.campaign ?? get().campaign });
          void get().loadShortlists();
        } else set({ status: 'failed', result: null, error: outcome.error, reads: get().reads + 1 });
      } catch (err) {
        if (ticket !== latest) return;
        set({ status: 'failed', result: null, reads: get().reads + 1, error: { reason: 'reload-needed', missing: [], message: `Microscope could not score this page: ${(err as Error).message}. Reload the page, then score again.` } });
      }
    },
    follow(event) {
      const { tabId, url } = get();
      const decision = followDecision({ tabId, url }, event);
      if (decision === 'ignore') return false;
      set({ url: event.url, left: decision === 'left' });
      return decision === 'rescore';
    },
    async answer(itemId, answer) {
      const { result, tabId } = get();
      if (!result || tabId === null) return;
      await api.answerItem(result.creatorId, itemId, answer, result.campaign);
      // Not reuse: a read from seconds ago was scored before this answer.
      await get().score(tabId);
    },
    async chooseCampaign(name) {
      const { tabId } = get();
      set({ campaign: name });
      // The page read of a moment ago is scored again with this campaign's answers; an older one is read afresh.
      if (tabId !== null) await get().score(tabId, { reuse: true });
    },
  };
};
