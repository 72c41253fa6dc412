import { defineConfig } from 'wxt';

// The three platforms are the only hosts we ever touch; no <all_urls>.
export const PLATFORM_HOSTS = [
  'https://www.instagram.com/*',
  'https://www.tiktok.com/*',
  'https://www.youtube.com/*',
];

// Drawn by tests/tools/icons.ts (16 and 32 px have their own simpler drawings, so the toolbar's stay crisp).
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' };

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Firefox's reviewers rebuild from the sources zip: what the build reads and how to run it (README), no tests,
  // fixtures, demo output or dotfiles. WXT adds `wxt prepare`'s .wxt/ back at `npm ci` (postinstall).
  zip: {
    includeSources: ['entrypoints/**', 'components/**', 'lib/**', 'public/**', 'wxt.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json', 'README.md'],
  },
  hooks: {
    // WXT writes Firefox's sidebar_action from the side panel entrypoint, without an icon: without one the
    // sidebar switcher shows the browser's generic icon, so it gets ours here.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.default_icon = ICONS;
    },
  },
  manifest: ({ browser }) => ({
    // The name and description live in public/_locales/en/messages.json, where both stores read them.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // A placeholder until the project has a public page: README "Publishing" says what to put here.
    homepage_url: 'https://example.org/microscope',
    icons: ICONS,
    // sidePanel is Chrome's; Firefox gets a sidebar_action from the same entrypoint.
    // scripting: the background injects a platform's reader into the content script's world the first
    // time the scout scores in a tab (no warning at install; the host permissions already cover the pages).
    permissions: browser === 'firefox' ? ['scripting'] : ['sidePanel', 'scripting'],
    host_permissions: PLATFORM_HOSTS,
    action: { default_title: 'Score this creator', default_icon: ICONS },
    // Shortcuts need no permission. `_execute_action` opens the panel (Chrome: the action opens it; Firefox: it toggles the sidebar);
    // `score-page` does what the on-page Score button does. Scouts can rebind both in the browser's shortcut settings.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+M' }, description: 'Open the Microscope panel' },
      'score-page': { suggested_key: { default: 'Alt+Shift+S' }, description: 'Score the creator on this page' },
    },
    // Firefox for Android learnt data_collection_permissions in 142 (desktop in 140, the ESR): each gets its own floor.
    ...(browser === 'firefox'
      ? {
        browser_specific_settings: {
          gecko: { id: 'microscope@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          gecko_android: { strict_min_version: '142.0' },
        },
      }
      : {}),
  }),
});
