// Lint: typescript-eslint's recommended rules, the module rooms of DESIGN.md as import
// boundaries, and the privacy rules (no network, no dynamic code, no HTML strings) in src/.

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const node = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net'];
const room = (files, forbidden, globals = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message: 'crosses a module boundary (see the room table in shared DESIGN.md / README architecture)' })) }],
    'no-restricted-globals': ['error', ...NETWORK_GLOBALS, ...globals.map((name) => ({ name, message: 'not available in this room' }))],
  },
});

const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'eval'].map((name) => ({ name, message: 'Backstory makes no network requests and runs no dynamic code' }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/eval/**', 'test/bench/.build/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'text is only ever set as text' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'text is only ever set as text' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'text is only ever set as text' },
        { selector: "MemberExpression[property.name='sendBeacon']", message: 'Backstory makes no network requests' },
        { selector: 'ImportExpression', message: 'no dynamic import: every module is bundled' },
      ],
    },
  },
  room(['src/core/**'], ['webextension-polyfill', 'preact', 'preact/*', ...node, '**/page/*', '**/content/*', '**/popup/*', '**/background/*', '**/index/*', '**/cli/*', '**/story/*'], ['document', 'window', 'chrome', 'browser', 'navigator', 'location']),
  room(['src/page/**'], ['webextension-polyfill', 'preact', 'preact/*', ...node, '**/content/*', '**/popup/*', '**/background/*', '**/index/*', '**/cli/*'], ['chrome', 'browser']),
  room(['src/content/**'], [...node, '**/popup/*', '**/background/*', '**/index/*', '**/cli/*', '**/story/*']),
  room(['src/background/**'], ['preact', 'preact/*', ...node, '**/content/*', '**/popup/*', '**/page/*', '**/index/*', '**/cli/*', '**/story/*'], ['document']),
  room(['src/popup/**', 'src/story/**'], [...node, '**/content/*', '**/background/*', '**/page/*', '**/index/*', '**/cli/*']),
  room(['src/index/**'], ['webextension-polyfill', 'preact', 'preact/*', '**/page/*', '**/content/*', '**/popup/*', '**/background/*'], ['document', 'window', 'chrome', 'browser']),
  room(['src/cli/**'], ['webextension-polyfill', 'preact', 'preact/*', '**/content/*', '**/popup/*', '**/background/*']),
);
