// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const node = ['fs', 'path', 'os', 'crypto', 'child_process', 'module', 'url', 'worker_threads', 'http'].flatMap((name) => [
  name,
  `node:${name}`,
]);

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: 'error',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // Imports flow one way: renderer → api ← core ← main | serve | cli. Only main and preload touch Electron.
    files: ['electron/api/**', 'electron/core/**', 'electron/cli/**', 'electron/viewer/**', 'renderer/**', 'test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/main and electron/preload import Electron.' }] },
      ],
    },
  },
  {
    files: ['electron/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...node],
          patterns: [{ group: ['**/core/**', '**/cli/**', '**/main/**'], message: 'The contract depends on nothing but zod.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...node],
          patterns: [
            {
              group: ['**/electron/core/**', '**/electron/main/**'],
              message: 'The renderer reaches the core only through the API client.',
            },
          ],
        },
      ],
    },
  },
  {
    // The viewer runs from file:// in any browser: no Node, and of the core only its pure search code.
    files: ['electron/viewer/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...node],
          patterns: [
            {
              regex: '(^|/)core/(?!packs/packSearch$|search/analysis$)',
              message: 'Of the core, the viewer bundles only its pure search code (packs/packSearch, search/analysis).',
            },
            { group: ['**/main/**', '**/cli/**', '**/serve/**', '**/preload/**'], message: 'The viewer is a web page on its own.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
