// Lint: typescript-eslint's recommended rules, the rooms of the README's room table as import
// boundaries, and the privacy rules (no network, no dynamic code, no HTML strings) in src/.

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_MODULES = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'happy-dom',
  'jsdom',
];
const UI = ['preact', 'preact/*'];
const POLYFILL = ['webextension-polyfill'];
// Every room by its folder under src/; a room lists the rooms it must not import (a list is one
// pattern with its exceptions).
const ROOMS = [
  'text',
  'model',
  'matching',
  'gate',
  'view',
  'pipeline',
  'compiler',
  'page',
  'extension',
  'content',
  'background',
  'popup',
  'story',
  'welcome',
  'options',
  'ui',
  'cli',
  'tools',
];
const except = (...allowed) => ROOMS.filter((r) => !allowed.includes(r)).map((r) => `**/${r}/*`);
// The claim index and the matcher stay out of the page: the page is sent only what it matched.
const CLAIM_DATA = ['@index/claim-index.json', '@index/story.jsonld'];
const PAGES = ['popup', 'story', 'welcome', 'options', 'ui'];
// The page pipeline's bounds are what a page may send: the page's code reads them, not the pipeline.
const BOUNDS_ONLY = [['**/pipeline/*', '!**/pipeline/bounds.ts']];

const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'eval'].map((name) => ({
  name,
  message: 'Backstory makes no network requests and runs no dynamic code',
}));
const NODE_GLOBALS = ['process', 'Buffer', 'require', 'global', '__dirname', '__filename', 'setImmediate'];
const DOM_GLOBALS = [
  'document',
  'window',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'getComputedStyle',
];
const EXTENSION_GLOBALS = ['chrome', 'browser'];

// Text is only ever set as text, and nothing is sent anywhere.
const SAFE_SYNTAX = [
  {
    selector: 'AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'text is only ever set as text',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'text is only ever set as text',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'text is only ever set as text',
  },
  {
    selector: "MemberExpression[property.name='sendBeacon']",
    message: 'Backstory makes no network requests',
  },
];

const room = (folders, forbidden, globals = []) => ({
  files: folders.map((f) => `src/${f}/**/*.{ts,tsx}`),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: Array.isArray(group) ? group : [group],
          message: 'crosses a room boundary (see the room table in the README)',
        })),
      },
    ],
    'no-restricted-globals': [
      'error',
      ...NETWORK_GLOBALS,
      ...globals.map((name) => ({ name, message: 'not available in this room' })),
    ],
  },
});

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'test/eval/**', 'src/tools/bench/.build/**', 'scratch/**'],
  },
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
      'no-restricted-syntax': ['error', ...SAFE_SYNTAX],
    },
  },
  // Node loads its modules at run time; a dynamic import there spares a command what it does not use.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**', 'src/compiler/**', 'src/tools/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...SAFE_SYNTAX,
        { selector: 'ImportExpression', message: 'no dynamic import: every module is bundled' },
      ],
    },
  },
  // Pure rooms: no DOM, no extension API, no Node; each imports only the rooms above it in the README's room table.
  room(
    ['text'],
    [...POLYFILL, ...UI, ...NODE_MODULES, '@index/*', ...except('text')],
    [...DOM_GLOBALS, ...EXTENSION_GLOBALS, ...NODE_GLOBALS],
  ),
  room(
    ['model'],
    [...POLYFILL, ...UI, ...NODE_MODULES, '@index/*', ...except('model', 'text')],
    [...DOM_GLOBALS, ...EXTENSION_GLOBALS, ...NODE_GLOBALS],
  ),
  room(
    ['matching'],
    [...POLYFILL, ...UI, ...NODE_MODULES, '@index/*', ...except('matching', 'model', 'text', 'gate')],
    [...DOM_GLOBALS, ...EXTENSION_GLOBALS, ...NODE_GLOBALS],
  ),
  room(
    ['gate'],
    [...POLYFILL, ...UI, ...NODE_MODULES, '@index/*', ...except('gate', 'model', 'text')],
    [...DOM_GLOBALS, ...EXTENSION_GLOBALS, ...NODE_GLOBALS],
  ),
  room(
    ['view'],
    [...POLYFILL, ...UI, ...NODE_MODULES, '@index/*', ...except('view', 'model', 'text')],
    [...DOM_GLOBALS, ...EXTENSION_GLOBALS, ...NODE_GLOBALS],
  ),
  // gate → bounds → match → describe: the one way a page's paragraphs are read.
  room(
    ['pipeline'],
    [
      ...POLYFILL,
      ...UI,
      ...NODE_MODULES,
      '@index/*',
      ...except('pipeline', 'matching', 'gate', 'model', 'text', 'view'),
    ],
    [...DOM_GLOBALS, ...EXTENSION_GLOBALS, ...NODE_GLOBALS],
  ),
  // Reading the article from a Document: the browser's, or jsdom's in the CLI (src/cli/dom.ts).
  room(
    ['page'],
    [...POLYFILL, ...UI, ...NODE_MODULES, '@index/*', ...except('page', 'text', 'pipeline'), ...BOUNDS_ONLY],
    [...EXTENSION_GLOBALS, ...NODE_GLOBALS],
  ),
  // The message contract and settings: shared by every extension context, so no UI and no room's code.
  room(
    ['extension'],
    [...UI, ...NODE_MODULES, '@index/*', ...except('extension', 'model', 'view', 'pipeline'), ...BOUNDS_ONLY],
    [...DOM_GLOBALS, ...NODE_GLOBALS],
  ),
  room(
    ['content'],
    [
      ...NODE_MODULES,
      ...CLAIM_DATA,
      ...except('content', 'extension', 'gate', 'page', 'text', 'model', 'view', 'pipeline'),
      ...BOUNDS_ONLY,
    ],
    NODE_GLOBALS,
  ),
  room(
    ['background'],
    [
      ...UI,
      ...NODE_MODULES,
      ...except('background', 'extension', 'pipeline', 'matching', 'gate', 'model', 'view', 'text'),
    ],
    [...DOM_GLOBALS, ...NODE_GLOBALS],
  ),
  // The extension's own pages; `ui` holds what they share (theme, components). Only the pages that
  // show the index bundle it: the story page (all of it) and the first-run page (each story's title).
  room(
    ['story', 'welcome'],
    [...NODE_MODULES, ...except(...PAGES, 'extension', 'model', 'view')],
    NODE_GLOBALS,
  ),
  room(
    ['options', 'ui'],
    [...NODE_MODULES, ...CLAIM_DATA, ...except(...PAGES, 'extension', 'model', 'view')],
    NODE_GLOBALS,
  ),
  // The popup shows what the background matched: it carries no claim data of its own.
  room(
    ['popup'],
    [...NODE_MODULES, ...CLAIM_DATA, ...except(...PAGES, 'extension', 'model', 'view')],
    NODE_GLOBALS,
  ),
  // Node: the build-time compiler and the command-line tools.
  room(
    ['compiler'],
    [...POLYFILL, ...UI, ...except('compiler', 'model', 'text', 'matching', 'view')],
    [...DOM_GLOBALS, ...EXTENSION_GLOBALS],
  ),
  room(
    ['cli'],
    [
      ...POLYFILL,
      ...UI,
      ...except(
        'cli',
        'compiler',
        'model',
        'text',
        'matching',
        'gate',
        'view',
        'pipeline',
        'page',
        'extension',
      ),
    ],
    EXTENSION_GLOBALS,
  ),
);
