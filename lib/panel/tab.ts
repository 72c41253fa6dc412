import { browser } from 'wxt/browser';

/**
 * The tab this panel scores: `?tabId=` when the panel is opened as a page
 * (tests, a pinned panel), otherwise the active tab of this window.
 */
export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
