// Lint: typescript-eslint's recommended rules (no type information, so it stays fast) and the
// import direction of ARCHITECTURE.md, checked per directory:
//
//   src/core  <-  src/shared  <-  src/ui  <-  contexts (src/content, src/background, src/popup, src/options)
//
// A layer imports only itself and the layers to its left; a context never imports another
// context; nothing in src/ imports scripts/ or e2e/ (they sit outside src/, so any path that
// climbs out of src/ is refused). test/import-boundaries.test.ts proves the rule fails on an
// upward import.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Which top-level directories of src/ each one may import. */
const LAYERS = {
  core: ['core'],
  shared: ['core', 'shared'],
  ui: ['core', 'shared', 'ui'],
  content: ['core', 'shared', 'ui', 'content'],
  background: ['core', 'shared', 'ui', 'background'],
  popup: ['core', 'shared', 'ui', 'popup'],
  options: ['core', 'shared', 'ui', 'options'],
};

/** Folders below src/<layer>/ that the rule covers; test/import-boundaries.test.ts fails when a file sits deeper. */
const MAX_DEPTH = 8;

/**
 * no-restricted-imports matches the import's text, not the resolved file, so the rule is
 * written per folder depth: a file d folders below src/<layer>/ leaves its layer with d + 1
 * "../", and what follows must then be an allowed layer.
 */
function boundaries() {
  const blocks = [];
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    const message = `src/${layer} may import only from ${allowed.map((l) => `src/${l}`).join(', ')} (imports run core <- shared <- ui <- contexts; see ARCHITECTURE.md).`;
    for (let depth = 0; depth <= MAX_DEPTH; depth++) {
      blocks.push({
        files: [`src/${layer}/${'*/'.repeat(depth)}*.{ts,tsx,js,mjs}`],
        rules: {
          'no-restricted-imports': ['error', { patterns: [{ regex: `^(\\.\\./){${depth + 1}}(?!(${allowed.join('|')})(/|$))`, message }] }],
        },
      });
    }
  }
  return blocks;
}

/** A few Node globals for the plain-JavaScript build and test scripts (TypeScript files are checked by tsc). */
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'performance', 'fetch', 'structuredClone', 'TextEncoder', 'TextDecoder'].map((g) => [
    g,
    'readonly',
  ]),
);

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '**/*.generated.ts',
      'src/**/*.as.ts',
      'src/**/*.data.ts',
      'src/core/gazetteer/data.ts',
    ],
  },
  tseslint.configs.recommended,
  {
    languageOptions: { globals: NODE_GLOBALS },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...boundaries(),
  {
    // The boundary rule reads static imports; a type query or dynamic import of a parent folder would slip past it.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSImportType Literal[value=/^\\.\\.\\//]', message: 'Import the type with `import type` so the boundary rule checks it.' },
        { selector: 'ImportExpression > Literal[value=/^\\.\\.\\//]', message: 'Use a static import so the boundary rule checks it.' },
      ],
    },
  },
);
