import { create } from 'zustand';
import type { ExtractErrorInfo } from '../model/errors';
import type { ResponseOf, ScoredCreator } from '../messaging/protocol';

export interface PanelApi {
  scoreTab(tabId: number): Promise<ResponseOf<'score-tab'>>;
  addToShortlist(creatorId: string, shortlistName: string): Promise<ResponseOf<'add-to-shortlist'>>;
  answerItem(creatorId: string, itemId: string, answer: 'yes' | 'no' | 'unsure'): Promise<ResponseOf<'answer-item'>>;
}

export interface PanelState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  result: ScoredCreator | null;
  error: ExtractErrorInfo | null;
  adding: boolean;
  score(tabId: number): Promise<void>;
  addToShortlist(shortlistName: string): Promise<void>;
  /** Saves a manual checklist answer, then rescores so the value fit reflects it. */
  answer(tabId: number, itemId: string, answer: 'yes' | 'no' | 'unsure'): Promise<void>;
}

/** UI state only: Dexie, behind the background, stays the truth. */
export function createPanelStore(api: PanelApi) {
  return create<PanelState>()((set, get) => ({
    status: 'idle',
    result: null,
    error: null,
    adding: false,
    async score(tabId) {
      set({ status: 'loading', error: null });
      try {
        const outcome = await api.scoreTab(tabId);
        if (outcome.ok) set({ status: 'ready', result: outcome.value });
        else set({ status: 'failed', result: null, error: outcome.error });
      } catch (err) {
        set({ status: 'failed', result: null, error: { reason: 'reload-needed', missing: [], message: `Microscope could not score this page: ${(err as Error).message}` } });
      }
    },
    async answer(tabId, itemId, answer) {
      const result = get().result;
      if (!result) return;
      await api.answerItem(result.creatorId, itemId, answer);
      await get().score(tabId);
    },
    async addToShortlist(shortlistName) {
      const result = get().result;
      if (!result) return;
      set({ adding: true });
      try {
        const { shortlistedIn } = await api.addToShortlist(result.creatorId, shortlistName);
        set({ result: { ...result, shortlistedIn } });
      } finally {
        set({ adding: false });
      }
    },
  }));
}
