import { create } from 'zustand';
import type { ProfileSnapshot } from '../core/model/snapshot';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import type { DetectLanguage } from '../core/scoring/audience/languages';
import { createLanguagesSlice, LanguageCache, readLanguagesOnResult, type LanguagesSlice } from './languages';
import { createReadWindowSlice, type ReadWindowApi, type ReadWindowSlice } from './read-window-slice';
import { createScoreSlice, type ScoreSlice } from './score-slice';
import { createShortlistSlice, type ShortlistSlice } from './shortlist-slice';

export type ScoredOutcome = RequestOf<'scored'>['result'];

/** What the panel asks of the page and the background; injected, so the store runs in tests without a browser. */
export interface PanelApi extends Partial<ReadWindowApi> {
  /** Asks the tab to read itself; resolves with the scorecard the background broadcasts for this request. */
  readTab(tabId: number, store: boolean, campaign: string | null): Promise<ScoredOutcome>;
  /**
   * Scores a snapshot the panel already holds again: for another campaign (storing nothing), or
   * with the comment languages the panel read (stored as the read was, replacing the same visit).
   */
  rescore(tabId: number, snapshot: ProfileSnapshot, campaign: string | null, options?: RescoreOptions): Promise<ScoredOutcome>;
  answerItem(request: RequestOf<'answer-item'>): Promise<ResponseOf<'answer-item'>>;
  shortlistState(creatorId: string): Promise<ResponseOf<'shortlist-state'>>;
  saveEntry(request: RequestOf<'save-entry'>): Promise<ResponseOf<'save-entry'>>;
}

export interface RescoreOptions {
  /** Each snapshot comment's language as the panel's identifier read it (null where it could not), in order. */
  detectedLanguages?: Array<string | null>;
  store?: boolean;
}

export type PanelState = ScoreSlice & ShortlistSlice & LanguagesSlice & ReadWindowSlice;

/**
 * UI state only: Dexie, behind the background, stays the truth. One store, built from slices.
 * `loadDetector`: the comment-language identifier, loaded lazily; without it, languages are left unread.
 */
export function createPanelStore(api: PanelApi, loadDetector: (() => Promise<DetectLanguage>) | null = null) {
  const cache = new LanguageCache();
  const store = create<PanelState>()((...a) => ({ ...createScoreSlice(api)(...a), ...createShortlistSlice(api)(...a), ...createLanguagesSlice(cache)(...a), ...createReadWindowSlice(api)(...a) }));
  if (loadDetector) readLanguagesOnResult(store, api, loadDetector, cache);
  return store;
}
