import { browser } from 'wxt/browser';
import { notifyPages, sendToTab, type Sender } from '../messaging/client';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { platformFor } from '../core/platforms';
import { detectorFrom, scoreRead } from './handlers';
import { misfitFor } from './tab-fit';
import { failureOf } from '../messaging/failure';
import type { ProfileSnapshot } from '../core/model/snapshot';

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

/**
 * The one way in for a page read: the content script sends what it read (for the panel, the
 * button or the shortcut), or the panel sends a snapshot it holds to score for another campaign.
 * Scores it, stores it when asked, and broadcasts 'scored' to the panels; the button gets a brief.
 */
export async function scoreMessage(request: RequestOf<'score'>, sender: Sender): Promise<ResponseOf<'score'>> {
  // Our own panel (even opened as a page in a tab) names the tab it scores; a content script is its tab.
  const fromPage = sender.tab !== undefined && !(sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  const tabId = fromPage ? sender.tab?.id : request.tabId;
  if (tabId === undefined) throw new Error('score needs a tab.');
  // A content script may only send what it read of its own tab: the platform and the creator its address names.
  const misfit = fromPage && request.outcome.ok ? misfitFor(request.outcome.value, sender.tab?.url ?? '') : null;
  const opening = request.openPanel && !misfit ? openPanel(tabId) : Promise.resolve(false);
  const result: RequestOf<'scored'>['result'] = misfit ? { ok: false, error: { reason: 'not-a-profile', missing: [], message: misfit } }
    : request.outcome.ok ? await scored(request.outcome.value, request, fromPage ? sender : {}) : request.outcome;
  // Every answer is broadcast, refusals too: a panel waiting for this request is never left to time out.
  notifyPages('scored', { tabId, requestId: request.requestId, result });
  // The browser may never settle the open (headless Chromium does not): the button's answer does not wait for it.
  const panelOpened = await Promise.race([opening, new Promise<boolean>((r) => setTimeout(() => r(false), 1_500))]);
  if (!result.ok) return { panelOpened, outcome: result };
  const { snapshot, score } = result.value;
  return {
    panelOpened,
    outcome: { ok: true, value: { name: snapshot.displayName ?? `@${snapshot.handle}`, tier: score.tier, engagementRate: score.engagementRate, engagementApproximate: score.engagement.approximate } },
  };
}

/**
 * Loads the reader of the sender's platform into the sender's frame, in the content script's isolated
 * world: nothing is exposed to the page (no web_accessible_resources), and each page load pays only
 * for the small content script until the scout asks.
 */
export async function loadReaderInto(_: RequestOf<'load-reader'>, sender: Sender & { frameId?: number }): Promise<ResponseOf<'load-reader'>> {
  const tabId = sender.tab?.id;
  const platform = sender.tab?.url ? platformFor(sender.tab.url) : null;
  if (tabId === undefined || !platform) return { loaded: false };
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [`/reader-${platform.id}.js`] });
  return { loaded: true };
}

/** Scores (and stores, when asked) a page read; a failure to store comes back as a typed outcome the panel explains. */
async function scored(snapshot: ProfileSnapshot, request: RequestOf<'score'>, sender: Sender): Promise<RequestOf<'scored'>['result']> {
  try {
    // Languages come only from our own panel, which read them from this same snapshot's comments.
    const detected = sender.tab === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL('/')) ? request.detectedLanguages : undefined;
    return { ok: true, value: await scoreRead(snapshot, request.campaign ?? null, request.store, sender.tab?.url ?? (sender.tab ? sender.url : undefined), detectorFrom(snapshot, detected)) };
  } catch (err) {
    const failure = failureOf(err);
    return { ok: false, error: { reason: failure.kind === 'storage-full' ? 'storage-full' : 'reload-needed', missing: [], message: failure.kind === 'storage-full' ? failure.message : `Microscope could not score this page: ${failure.message}` } };
  }
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
  browser.tabs.onRemoved.addListener((tabId) => loading.delete(tabId));
}

/** Alt+Shift+S: the same as the on-page button, for the active tab: the page reads itself and sends it once. */
export function listenForShortcut(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'score-page' || tab?.id === undefined) return;
    void openPanel(tab.id);
    const platform = tab.url ? platformFor(tab.url) : null;
    if (!platform || !tab.url || !platform.isCreatorPage(new URL(tab.url))) return;
    sendToTab(tab.id, 'read-page', { store: true, campaign: null, requestId: null }).catch(() => undefined);
  });
}
