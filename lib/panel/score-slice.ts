import type { StateCreator } from 'zustand';
import type { ExtractErrorInfo } from '../core/model/errors';
import type { ScoredCreator } from '../messaging/protocol';
import { RequestFailed } from '../messaging/failure';
import { followDecision } from './follow';
import type { PanelApi, PanelState, ScoredOutcome } from './store';

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
   * The campaign the scout picked in the header, carried to the next creator; null until picked:
   * each creator is then scored for its own campaign, else the last one used. The score says
   * which campaign it was made for.
   */
  campaign: string | null;
  /** Reads the tab. `store`: the scout asked (Score, Score again); following the tab stores nothing. */
  score(tabId: number, options?: { store?: boolean }): Promise<void>;
  /** A scorecard the panel did not ask for: the on-page button or the shortcut scored this tab. */
  receive(result: ScoredOutcome): void;
  /** The tab's address changed: returns true when the panel should read it (the caller debounces). */
  follow(event: { tabId: number; url: string }): boolean;
  /** Saves a manual checklist answer for the campaign shown; the answer comes back scored. */
  answer(itemId: string, answer: 'yes' | 'no' | 'unsure'): Promise<void>;
  /** Shows the value fit with another campaign's answers: the same read, scored again, nothing stored. */
  chooseCampaign(name: string | null): Promise<void>;
}

export const createScoreSlice = (api: PanelApi): StateCreator<PanelState, [], [], ScoreSlice> => (set, get) => {
  // Only the newest request may write: a slow read of the previous profile must not land over the next.
  let latest = 0;
  const show = (outcome: ScoredOutcome) => {
    if (outcome.ok) {
      const { value } = outcome;
      // `campaign` stays what the scout picked: the next creator is scored for its own campaign otherwise.
      set({ status: 'ready', result: value, lists: value.lists, url: value.pageUrl ?? get().url, reads: get().reads + 1 });
    } else set({ status: 'failed', result: null, error: outcome.error, reads: get().reads + 1 });
  };
  /** Runs one request; a failure to reach the page or the background becomes a typed error the panel explains. */
  const run = async (request: () => Promise<ScoredOutcome>, keep?: (o: ScoredOutcome) => ScoredOutcome) => {
    const ticket = ++latest;
    set({ status: 'loading', error: null, left: false });
    try {
      const outcome = await request();
      if (ticket === latest) show(keep ? keep(outcome) : outcome);
    } catch (err) {
      if (ticket !== latest) return;
      const full = err instanceof RequestFailed && err.failure.kind === 'storage-full';
      const error = full ? { reason: 'storage-full' as const, missing: [], message: err.message }
        : { reason: 'reload-needed' as const, missing: [], message: `Microscope could not score this page: ${(err as Error).message} Reload the page, then score again.` };
      set({ status: 'failed', result: null, reads: get().reads + 1, error });
    }
  };
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
      set({ tabId });
      await run(() => api.readTab(tabId, options.store ?? false, get().campaign));
    },
    receive(outcome) {
      latest++;
      show(outcome);
    },
    follow(event) {
      const { tabId, url } = get();
      const decision = followDecision({ tabId, url }, event);
      if (decision === 'ignore') return false;
      set({ url: event.url, left: decision === 'left' });
      return decision === 'rescore';
    },
    async answer(itemId, answer) {
      const { result } = get();
      if (!result) return;
      // Answering is acting on this creator: an unsaved read is stored with it.
      const unsaved = result.stored ? undefined : result.snapshot;
      // The score may be for a campaign the creator is not on yet (the last used, or one picked in the
      // header): the answer is then the creator's own, which the entry copies when it is added.
      const on = (get().lists ?? result.lists).entries.some((e) => e.shortlist === result.campaign);
      await run(() => api.answerItem({ creatorId: result.creatorId, itemId, answer, campaign: on ? result.campaign : null, unsaved, scoredFor: result.campaign }));
    },
    async chooseCampaign(name) {
      const { tabId, result } = get();
      set({ campaign: name });
      if (tabId === null || !result) return;
      // Scored again from the snapshot the panel holds: no page read, no visit; it stays as stored as it was.
      // The comment languages the panel already read of this snapshot go along, so they are not read twice.
      const detectedLanguages = get().languagesOf(result.snapshot);
      const rescore = () => (detectedLanguages ? api.rescore(tabId, result.snapshot, name, { detectedLanguages }) : api.rescore(tabId, result.snapshot, name));
      await run(rescore, (o) => (o.ok ? { ok: true, value: { ...o.value, stored: result.stored } } : o));
    },
  };
};
