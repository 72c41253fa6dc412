import { create } from 'zustand';
import type { ProfileSnapshot } from '../core/model/snapshot';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { createScoreSlice, type ScoreSlice } from './score-slice';
import { createShortlistSlice, type ShortlistSlice } from './shortlist-slice';

export type ScoredOutcome = RequestOf<'scored'>['result'];

/** What the panel asks of the page and the background; injected, so the store runs in tests without a browser. */
export interface PanelApi {
  /** Asks the tab to read itself; resolves with the scorecard the background broadcasts for this request. */
  readTab(tabId: number, store: boolean, campaign: string | null): Promise<ScoredOutcome>;
  /** Scores a snapshot the panel already holds again (another campaign), storing nothing. */
  rescore(tabId: number, snapshot: ProfileSnapshot, campaign: string | null): Promise<ScoredOutcome>;
  answerItem(request: RequestOf<'answer-item'>): Promise<ResponseOf<'answer-item'>>;
  shortlistState(creatorId: string): Promise<ResponseOf<'shortlist-state'>>;
  saveEntry(request: RequestOf<'save-entry'>): Promise<ResponseOf<'save-entry'>>;
}

export type PanelState = ScoreSlice & ShortlistSlice;

/** UI state only: Dexie, behind the background, stays the truth. One store, built from slices. */
export function createPanelStore(api: PanelApi) {
  return create<PanelState>()((...a) => ({ ...createScoreSlice(api)(...a), ...createShortlistSlice(api)(...a) }));
}
