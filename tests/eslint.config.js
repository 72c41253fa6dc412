// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The house (README "How it is built", ../shared/design/HOUSE.md): layers import downwards only.
 *   core ← store ← messaging ← page · background · panel · dashboard · options · cli
 * Specifiers are relative, so each rule names the folders a file may not reach, whatever the depth.
 */
const APPS = ['background', 'panel', 'dashboard', 'options', 'cli'];
// A path may climb above lib/ and come back in ("../../lib/store"): that is still a reach into store.
const reach = (folders) => `^(?:(?:\\.\\./)+(?:lib/)?|@/lib/)(?:${folders.join('|')})(?:/|$)`;
const outside = (folders) => `^(?:(?:\\.\\./)+|@/)(?:${folders.join('|')})(?:/|$)`;
const rule = (patterns) => ['error', { patterns: patterns.map(([regex, message, allowTypeImports = false]) => ({ regex, message, allowTypeImports })) }];

const LAYERS = [
  {
    files: ['lib/core/**'],
    patterns: [
      [reach(['store', 'messaging', 'page', ...APPS]), 'core is pure: it imports nothing of ours outside lib/core.'],
      [outside(['components', 'entrypoints']), 'core is pure: it imports nothing of ours outside lib/core.'],
      ['^(?:dexie|react|react-dom|zustand|chart\\.js|wxt(?:/.*)?)$', 'core is pure: no browser, storage or UI library.'],
    ],
  },
  {
    files: ['lib/store/**'],
    patterns: [
      [reach(['messaging', 'page', ...APPS]), 'store is below messaging and the apps: it never imports them.'],
      [outside(['components', 'entrypoints']), 'store never imports components or entrypoints.'],
    ],
  },
  {
    files: ['lib/messaging/**'],
    patterns: [
      [reach(['store', 'page', ...APPS]), 'messaging carries typed messages; it knows no store, page or app.'],
      [outside(['components', 'entrypoints']), 'messaging never imports components or entrypoints.'],
    ],
  },
  {
    files: ['lib/page/**'],
    patterns: [
      [reach(['store', ...APPS]), 'The page world reads and sends; it never touches the store or an app (a content script\'s IndexedDB is the site\'s).'],
      [outside(['components', 'entrypoints']), 'The page world never imports components or entrypoints.'],
    ],
  },
  ...APPS.map((app) => ({
    files: [`lib/${app}/**`],
    patterns: [
      [reach(['page', ...APPS.filter((a) => a !== app)]), `An app (${app}) imports core, store and messaging, never another app or the page world.`],
      ...(app === 'panel' || app === 'cli' ? [[reach(['store']), `${app} reaches the data through the background (or not at all): never the store.`]] : []),
      [outside(['entrypoints']), 'lib never imports entrypoints.'],
    ],
  })),
  {
    files: ['components/**'],
    patterns: [
      [reach(['store', 'messaging']), 'Components are presentational: props in, JSX out. Type-only imports are fine.', true],
      [reach(['page', ...APPS]), 'Components are presentational: connected views live with their app (lib/<app>/views). Type-only imports are fine.', true],
      [outside(['entrypoints']), 'Components never import entrypoints.'],
    ],
  },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      // Captions and bios are hostile text: never inject HTML.
      'react/no-danger': 'off',
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is hostile: render it as text.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Page text is hostile: use textContent.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  ...LAYERS.map(({ files, patterns }) => ({ files, rules: { '@typescript-eslint/no-restricted-imports': rule(patterns) } })),
  {
    // core is pure: no clock, no DOM globals, no browser APIs (a Document passed in is fine).
    files: ['lib/core/**'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'location', 'chrome', 'browser', 'localStorage', 'fetch', 'XMLHttpRequest', 'indexedDB'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass `now` in.' }],
    },
  },
);
