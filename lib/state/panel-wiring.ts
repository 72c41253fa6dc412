import { useCallback, useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import { listen, sendToBackground } from '../messaging/client';
import { debounced } from './follow';
import { createPanelStore } from './panel-store';
import { resolveTabId } from './panel-tab';

/** The side panel's one store, talking to the background through typed messages. */
export const usePanel = createPanelStore({
  scoreTab: (tabId, reuse, campaign) => sendToBackground('score-tab', { tabId, reuse, campaign }),
  answerItem: (creatorId, itemId, answer, campaign) => sendToBackground('answer-item', { creatorId, itemId, answer, campaign }),
  shortlistState: (creatorId) => sendToBackground('shortlist-state', { creatorId }),
  saveEntry: (request) => sendToBackground('save-entry', request),
});

/** SPAs push several addresses while a profile loads; rescore once they settle. */
const FOLLOW_DELAY_MS = 400;

/**
 * Scores the panel's tab on open, then follows it: a new creator page in the same tab rescores
 * (debounced), a read made by the on-page button is shown at once, and (when the panel is the
 * browser's side panel, not a page with ?tabId=) switching tabs in this window follows the new tab.
 * Returns "score again", which always reads the page afresh.
 */
export function useFollowTab(): () => void {
  const tabRef = useRef<number | null>(null);
  useEffect(() => {
    const { score, follow } = usePanel.getState();
    let disposed = false;
    const rescore = debounced<number>(FOLLOW_DELAY_MS, (tabId) => void score(tabId, { reuse: true }));
    const stop = listen({
      'tab-changed': async (event) => {
        if (follow(event)) rescore.push(event.tabId);
        return {};
      },
      'shortlists-changed': async ({ renamed }) => {
        void usePanel.getState().listsChanged(renamed);
        return {};
      },
      'tab-scored': async (event) => {
        if (event.tabId === tabRef.current) {
          rescore.cancel();
          void score(event.tabId, { reuse: true });
        }
        return {};
      },
    });
    const pinned = new URLSearchParams(location.search).has('tabId');
    const onActivated = (info: { tabId: number; windowId: number }) => {
      void browser.windows.getCurrent().then((w) => {
        if (disposed || w.id !== info.windowId) return;
        tabRef.current = info.tabId;
        void score(info.tabId, { reuse: true });
      });
    };
    if (!pinned) browser.tabs.onActivated.addListener(onActivated);
    void resolveTabId(location.search).then((tabId) => {
      if (disposed || tabId === null) return;
      tabRef.current = tabId;
      void score(tabId, { reuse: true });
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
    if (tabId !== null) void usePanel.getState().score(tabId);
  }, []);
}
