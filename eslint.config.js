import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Imports point inward: ui → flow → core; storage, report and embed use core only. */
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message: why })) },
    ],
  },
});

export default ts.config(
  {
    ignores: [
      'dist/',
      'relay/dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  layer(
    ['src/core/**'],
    [
      '**/flow/**',
      '**/storage/**',
      '**/report/**',
      '**/ui/**',
      '**/embed/**',
      'svelte',
      'svelte/*',
      'xstate',
      'idb-keyval',
      'chart.js',
      'chart.js/*',
      'jspdf',
    ],
    'src/core is the pure domain: no framework, storage, report or UI imports.',
  ),
  layer(
    ['src/storage/**', 'src/report/**', 'src/embed/**'],
    ['**/flow/**', '**/ui/**', '**/embed/**', 'svelte', 'svelte/*', 'xstate'],
    'storage, report and embed are adapters over core only.',
  ),
  {
    // The relay runs on a server: it shares the lead schema from core and nothing above it.
    ...layer(
      ['relay/**'],
      [
        '**/flow/**',
        '**/storage/**',
        '**/report/**',
        '**/ui/**',
        '**/embed/**',
        'svelte',
        'svelte/*',
        'xstate',
        'idb-keyval',
      ],
      'the relay uses src/core only (its tests may check the app against it).',
    ),
    ignores: ['relay/**/*.test.ts'],
  },
  layer(
    ['src/flow/**'],
    ['**/ui/**', '**/embed/**', 'svelte', 'svelte/*'],
    'flow decides what happens next; it does not render.',
  ),
);
