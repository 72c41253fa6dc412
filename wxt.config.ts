import { defineConfig } from 'wxt';

// The three platforms are the only hosts we ever touch; no <all_urls>.
export const PLATFORM_HOSTS = [
  'https://www.instagram.com/*',
  'https://www.tiktok.com/*',
  'https://www.youtube.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Microscope',
    description: 'Vet a creator on their own profile page: local, instant, transparent.',
    // sidePanel is Chrome's; Firefox gets a sidebar_action from the same entrypoint.
    // scripting: the background injects a platform's reader into the content script's world the first
    // time the scout scores in a tab (no warning at install; the host permissions already cover the pages).
    permissions: browser === 'firefox' ? ['scripting'] : ['sidePanel', 'scripting'],
    host_permissions: PLATFORM_HOSTS,
    action: { default_title: 'Score this creator' },
    // Shortcuts need no permission. `_execute_action` opens the panel (Chrome: the action opens it; Firefox: it toggles the sidebar);
    // `score-page` does what the on-page Score button does. Scouts can rebind both in the browser's shortcut settings.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+M' }, description: 'Open the Microscope panel' },
      'score-page': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Score the creator on this page' },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'microscope@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
