import { useCallback, useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { listen, sendToBackground, sendToTab } from '../messaging/client';
import { loadDetector } from '../core/scoring/audience/eld-detector';
import { debounced } from './follow';
import { createPanelStore, type ScoredOutcome } from './store';
import { resolveTabId } from './tab';

/** A page that never answers (hung, or busy for seconds) must not leave "Reading the page…" forever. */
const ANSWER_WITHIN_MS = 15_000;

/** Requests this panel made, waiting for the 'scored' notice that answers each. */
const pending = new Map<string, (outcome: ScoredOutcome) => void>();
let nextRequest = 0;

/** Sends a request and waits for the 'scored' notice that answers it, or says the page did not answer. */
export function awaitScored(send: (requestId: string) => Promise<unknown>, withinMs = ANSWER_WITHIN_MS): Promise<ScoredOutcome> {
  // Unique across panels too (two windows each have one): a notice must answer only its own request.
  const requestId = `${crypto.randomUUID().slice(0, 8)}-${++nextRequest}`;
  return new Promise<ScoredOutcome>((resolve, reject) => {
    const timer = setTimeout(() => {
      pending.delete(requestId);
      reject(new Error(`The page did not answer within ${withinMs / 1000} s.`));
    }, withinMs);
    pending.set(requestId, (outcome) => {
      clearTimeout(timer);
      pending.delete(requestId);
      resolve(outcome);
    });
    send(requestId).catch((err: unknown) => {
      clearTimeout(timer);
      pending.delete(requestId);
      reject(err instanceof Error && /Receiving end|Could not establish/i.test(err.message) ? new Error('Microscope cannot see this page yet.') : err);
    });
  });
}

/** The side panel's one store. Reads flow one way: panel → page → background → 'scored' back here. */
export const usePanel = createPanelStore({
  readTab: (tabId, store, campaign) => awaitScored((requestId) => sendToTab(tabId, 'read-page', { store, campaign, requestId })),
  rescore: (tabId, snapshot, campaign, { detectedLanguages, store = false } = {}) => awaitScored((requestId) => sendToBackground('score', {
    outcome: { ok: true, value: snapshot }, store, campaign, requestId, tabId, ...(detectedLanguages ? { detectedLanguages } : {}),
  })),
  answerItem: (request) => sendToBackground('answer-item', request),
  shortlistState: (creatorId) => sendToBackground('shortlist-state', { creatorId }),
  saveEntry: (request) => sendToBackground('save-entry', request),
  // Reading back 90 days at a person's pace takes minutes: the page's own cap ends it well within this.
  readWindow: (tabId, days, campaign, started) => awaitScored((requestId) => { started(requestId); return sendToTab(tabId, 'read-window', { days, campaign, requestId }); }, 6 * 60_000),
  stopReading: async (tabId, requestId) => { await sendToTab(tabId, 'stop-reading', { requestId }); },
// The identifier is imported dynamically (its own chunk): the panel's first screen never waits for it.
}, loadDetector);

/** SPAs push several addresses while a profile loads; read once they settle. */
const FOLLOW_DELAY_MS = 400;

/**
 * Reads the panel's tab on open, then follows it: a new creator page in the same tab is read and
 * scored (debounced) without being stored, a read made by the on-page button or the shortcut is
 * shown as it arrives, and (when the panel is the browser's side panel, not a page with ?tabId=)
 * switching tabs in this window follows the new tab. Returns "Score", which reads and stores.
 */
export function useFollowTab(): () => void {
  const tabRef = useRef<number | null>(null);
  useEffect(() => {
    const { score, follow, receive } = usePanel.getState();
    let disposed = false;
    // A follow-read only for the tab the panel still follows: a tab switch meanwhile wins.
    const rescore = debounced<number>(FOLLOW_DELAY_MS, (tabId) => { if (tabId === tabRef.current) void score(tabId); });
    const stop = listen({
      'tab-changed': async (event) => {
        if (follow(event)) rescore.push(event.tabId);
        return {};
      },
      // Only the background's relay names the tab; the content script's own message reaches the panel too, and is ignored.
      'read-progress': async (event, sender) => {
        if (!sender.tab) usePanel.getState().readProgress(event);
        return {};
      },
      'shortlists-changed': async ({ renamed }) => {
        void usePanel.getState().listsChanged(renamed);
        return {};
      },
      scored: async ({ tabId, requestId, result }) => {
        const waiting = requestId ? pending.get(requestId) : undefined;
        if (waiting) waiting(result);
        else if (requestId === null && tabId === tabRef.current) {
          rescore.cancel();
          receive(result);
        }
        return {};
      },
    });
    const pinned = new URLSearchParams(location.search).has('tabId');
    const onActivated = (info: { tabId: number; windowId: number }) => {
      void browser.windows.getCurrent().then((w) => {
        if (disposed || w.id !== info.windowId) return;
        rescore.cancel();
        tabRef.current = info.tabId;
        void score(info.tabId);
      });
    };
    if (!pinned) browser.tabs.onActivated.addListener(onActivated);
    void resolveTabId(location.search).then((tabId) => {
      if (disposed || tabId === null) return;
      tabRef.current = tabId;
      void score(tabId);
    });
    return () => {
      disposed = true;
      stop();
      rescore.cancel();
      if (!pinned) browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
  return useCallback(() => {
    const tabId = tabRef.current;
    if (tabId !== null) void usePanel.getState().score(tabId, { store: true });
  }, []);
}

