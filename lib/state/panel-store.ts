import { create } from 'zustand';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { createScoreSlice, type ScoreSlice } from './score-slice';
import { createShortlistSlice, type ShortlistSlice } from './shortlist-slice';

/** What the panel asks of the background; injected, so the store runs in tests without a browser. */
export interface PanelApi {
  scoreTab(tabId: number, reuse: boolean, campaign: string | null): Promise<ResponseOf<'score-tab'>>;
  answerItem(creatorId: string, itemId: string, answer: 'yes' | 'no' | 'unsure', campaign: string | null): Promise<ResponseOf<'answer-item'>>;
  shortlistState(creatorId: string): Promise<ResponseOf<'shortlist-state'>>;
  saveEntry(request: RequestOf<'save-entry'>): Promise<ResponseOf<'save-entry'>>;
}

export type PanelState = ScoreSlice & ShortlistSlice;

/** UI state only: Dexie, behind the background, stays the truth. One store, built from slices. */
export function createPanelStore(api: PanelApi) {
  return create<PanelState>()((...a) => ({ ...createScoreSlice(api)(...a), ...createShortlistSlice(api)(...a) }));
}
