import { answerItem, deleteBrandProfile, loadBrandProfile, saveBrandProfile, saveShortlistEntry, shortlistState } from '@/lib/background/handlers';
import { listenForShortcut, loadReaderInto, scoreMessage, watchTabs } from '@/lib/background/panel-handlers';
import { relayReadProgress } from '@/lib/background/read-progress';
import { listen } from '@/lib/messaging/client';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel. Firefox: it toggles the sidebar.
  if (browser.sidePanel) void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  else browser.action.onClicked.addListener(() => void (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction.toggle());
  listen({
    score: scoreMessage, 'load-reader': loadReaderInto, 'save-brand': saveBrandProfile, 'load-brand': loadBrandProfile, 'delete-brand': deleteBrandProfile, 'answer-item': answerItem,
    'shortlist-state': shortlistState, 'save-entry': saveShortlistEntry, 'read-progress': relayReadProgress,
  });
  watchTabs();
  listenForShortcut();
});
