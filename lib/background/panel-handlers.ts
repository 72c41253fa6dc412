import { browser } from 'wxt/browser';
import { db } from '../db/schema';
import { panelShortlists, saveEntry } from '../db/panel-queries';
import { notifyPages, type Sender } from '../messaging/client';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { forgetTab, scoreTab } from './handlers';

type SidebarApi = { sidebarAction?: { open(): Promise<void> } };

/**
 * Opens the panel for a tab. Both browsers allow it only in response to a user action, so
 * callers must call this before their first `await` (a click message or a command counts).
 */
export function openPanel(tabId: number): Promise<boolean> {
  try {
    if (browser.sidePanel) return browser.sidePanel.open({ tabId }).then(() => true, () => false);
    const sidebar = (browser as unknown as SidebarApi).sidebarAction;
    return sidebar ? sidebar.open().then(() => true, () => false) : Promise.resolve(false);
  } catch {
    return Promise.resolve(false);
  }
}

/** The on-page Score button and the shortcut: open the panel, read and store the tab, tell the panel. */
export async function scorePage(_: RequestOf<'score-page'>, sender: Sender): Promise<ResponseOf<'score-page'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('score-page must come from a tab.');
  return scoreAndShow(tabId, openPanel(tabId));
}

/** Shared by the button and the keyboard shortcut; `opening` was started inside the user's gesture. */
export async function scoreAndShow(tabId: number, opening: Promise<boolean>): Promise<ResponseOf<'score-page'>> {
  const [outcome, panelOpened] = await Promise.all([scoreTab({ tabId, reuse: false }), opening]);
  const url = outcome.ok ? (outcome.value.pageUrl ?? '') : '';
  notifyPages('tab-scored', { tabId, url });
  if (!outcome.ok) return { panelOpened, outcome };
  const { snapshot, score } = outcome.value;
  return {
    panelOpened,
    outcome: { ok: true, value: { name: snapshot.displayName ?? `@${snapshot.handle}`, tier: score.tier, engagementRate: score.engagementRate, engagementApproximate: score.engagement.approximate, overall: score.summary.overall, verdict: score.summary.verdict } },
  };
}

export async function shortlistState({ creatorId }: RequestOf<'shortlist-state'>): Promise<ResponseOf<'shortlist-state'>> {
  return panelShortlists(db(), creatorId);
}

export async function saveShortlistEntry({ creatorId, shortlistName, ...fields }: RequestOf<'save-entry'>): Promise<ResponseOf<'save-entry'>> {
  return saveEntry(db(), creatorId, shortlistName, fields, new Date().toISOString());
}

/**
 * Tells the panel when a tab's address changes, in-page (history.pushState) or by a full load.
 * Needs no "tabs" permission: our host permissions reveal the URL on the three platforms only.
 */
export function watchTabs(): void {
  // A full load reports its new URL while still loading, before our content script exists: wait for 'complete'.
  const loading = new Map<number, string>();
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const url = change.url ?? loading.get(tabId);
    if (!url) return;
    if (tab.status === 'loading' && change.status !== 'complete') {
      loading.set(tabId, url);
      return;
    }
    loading.delete(tabId);
    notifyPages('tab-changed', { tabId, url });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    loading.delete(tabId);
    forgetTab(tabId);
  });
}

/** Alt+Shift+S: the same as the on-page button, for the active tab. */
export function listenForShortcut(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'score-page' || tab?.id === undefined) return;
    void scoreAndShow(tab.id, openPanel(tab.id));
  });
}
