import { browser } from 'wxt/browser';

/** Puts text on the clipboard; false when the browser refused (no focus, no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Opens the dashboard, where campaigns and their briefs are edited, in a tab of its own. */
export function openDashboard(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
