import { browser } from 'wxt/browser';
import { notifyPages, type Sender } from '../messaging/client';
import type { RequestOf, ResponseOf } from '../messaging/protocol';

/**
 * Relays a content script's progress on "Read the last N days" to the panels, as 'scored' is: the
 * tab is the sender's own, whatever the message says, so a page can only report on itself.
 */
export async function relayReadProgress(progress: RequestOf<'read-progress'>, sender: Sender): Promise<ResponseOf<'read-progress'>> {
  const fromPage = sender.tab?.id !== undefined && !(sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  if (!fromPage || sender.tab?.id === undefined) return {};
  notifyPages('read-progress', { ...progress, tabId: sender.tab.id });
  return {};
}
