// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

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
  {
    // Scoring is pure: no clock, no DOM, no browser APIs.
    files: ['lib/scoring/**', 'lib/platforms/**', 'lib/parse/**', 'lib/model/**', 'lib/csv/export.ts', 'lib/csv/guard.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'location', 'chrome', 'browser', 'localStorage', 'fetch', 'XMLHttpRequest'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Pass `now` in.' }],
    },
  },
);
