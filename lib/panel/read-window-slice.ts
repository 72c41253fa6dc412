import type { StateCreator } from 'zustand';
import type { ReadDays, ReadStop, RequestOf } from '../messaging/protocol';
import type { PanelState, ScoredOutcome } from './store';

/** What "Read the last N days" asks of the page; injected, so the slice runs in tests without a browser. */
export interface ReadWindowApi {
  /** Asks the tab to read back `days`; `started` gets the request's id at once; resolves with the final 'scored'. */
  readWindow(tabId: number, days: ReadDays, campaign: string | null, started: (requestId: string) => void): Promise<ScoredOutcome>;
  stopReading(tabId: number, requestId: string): Promise<void>;
}

/** A read of the last N days: running (no reason yet), or ended with its reason. */
export interface Reading {
  tabId: number;
  requestId: string | null;
  days: ReadDays;
  posts: number;
  oldest: string | null;
  /** The page has stopped scrolling; the final score is on its way. */
  done: boolean;
  reason: ReadStop | null;
  /** The final score has arrived (or the read failed): the panel shows the scorecard as usual. */
  finished: boolean;
  /** The scout pressed Stop; the page has not answered yet. */
  stopping: boolean;
}

export interface ReadWindowSlice {
  /** The window the scout picked: 60 days unless they chose 30 or 90. */
  readDays: ReadDays;
  reading: Reading | null;
  chooseReadDays(days: ReadDays): void;
  /** Starts reading the tab's last `readDays` days; resolves once the scorecard of the window is shown. */
  readWindow(tabId: number): Promise<void>;
  stopReading(): void;
  /** A 'read-progress' the background relayed; only the running read's own counts. */
  readProgress(event: RequestOf<'read-progress'>): void;
}

export const createReadWindowSlice = (api: Partial<ReadWindowApi>): StateCreator<PanelState, [], [], ReadWindowSlice> => (set, get) => {
  const update = (patch: Partial<Reading>) => {
    const current = get().reading;
    if (current) set({ reading: { ...current, ...patch } });
  };
  return {
    readDays: 60,
    reading: null,
    chooseReadDays(days) {
      set({ readDays: days });
    },
    async readWindow(tabId) {
      const running = get().reading;
      if (!api.readWindow || (running && !running.finished)) return;
      const days = get().readDays;
      set({ reading: { tabId, requestId: null, days, posts: 0, oldest: null, done: false, reason: null, finished: false, stopping: false } });
      let outcome: ScoredOutcome;
      try {
        outcome = await api.readWindow(tabId, days, get().campaign, (requestId) => update({ requestId }));
      } catch (err) {
        outcome = { ok: false, error: { reason: 'reload-needed', missing: [], message: `Microscope could not read this page's posts: ${(err as Error).message} Reload the page, then try again.` } };
      }
      update({ finished: true, done: true, stopping: false });
      get().receive(outcome);
    },
    stopReading() {
      const current = get().reading;
      if (!current || current.finished || !current.requestId || !api.stopReading) return;
      update({ stopping: true });
      void api.stopReading(current.tabId, current.requestId).catch(() => undefined);
    },
    readProgress(event) {
      const current = get().reading;
      if (!current || current.finished || event.tabId !== current.tabId || event.requestId !== current.requestId) return;
      update({ posts: event.posts, oldest: event.oldest, done: event.done, reason: event.reason ?? current.reason });
    },
  };
};
