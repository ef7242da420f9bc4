// The import direction (core <- shared <- ui <- contexts; nothing in src/ imports scripts/ or e2e/)
// is enforced by eslint.config.js. These tests lint small in-memory files with the repository's
// own config, so they fail if the rule stops refusing an upward import or starts refusing a
// legal one, and they check that every real file under src/ is covered by it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

/** The boundary errors ESLint reports for `code` as if it were the file `file` (relative to the root). */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  assert.ok(result, `no lint result for ${file}`);
  const fatal = result.messages.filter((m) => m.fatal);
  assert.deepEqual(fatal, [], `${file} did not parse`);
  return result.messages.filter((m) => m.ruleId && BOUNDARY_RULES.has(m.ruleId)).map((m) => m.message);
}

const UPWARD: [file: string, code: string][] = [
  ['src/core/analyze.probe.ts', `import { loadSettings } from '../shared/settings';`],
  ['src/core/entities/probe.ts', `import type { CardSnapshot } from '../../shared/page-reports';`],
  ['src/core/ner/wasm/probe.ts', `import { TYPE_STYLES } from '../../../ui/colors';`],
  ['src/core/probe.ts', `export { mountCards } from '../content/card/mount';`],
  ['src/shared/probe.ts', `import type { CardDataSource } from '../content/card/types';`],
  ['src/shared/probe.ts', `import { TYPE_STYLES } from '../ui/colors';`],
  ['src/shared/probe.ts', `export * from '../background/analysis';`],
  ['src/ui/card/probe.tsx', `import { mountCards } from '../../content/card/mount';`],
  ['src/ui/probe.tsx', `import { App } from '../popup/App';`],
  ['src/popup/probe.tsx', `import { mentionOf } from '../content/card/mentions';`],
  ['src/content/card/probe.ts', `import '../../background/index';`],
  ['src/options/probe.tsx', `import { App } from '../popup/App';`],
  ['src/background/probe.ts', `import { Options } from '../options/Options';`],
  ['src/shared/probe.test.ts', `import { nodeAnalyzer } from '../../scripts/lib/engine.ts';`],
  ['src/core/ner/probe.ts', `import { ROOT } from '../../../e2e/harness/paths';`],
  ['src/content/probe.ts', `import x from '../../build.mjs';`],
  // Forms a static-import rule cannot see are refused outright when they climb out of the folder.
  ['src/shared/probe.ts', `export type T = import('../content/card/types').CardDataSource;`],
  ['src/content/probe.ts', `export const load = () => import('../background/analysis');`],
];

for (const [file, code] of UPWARD) {
  test(`refused: ${file}: ${code}`, async () => {
    const errors = await boundaryErrors(file, code);
    assert.equal(errors.length, 1, `expected one boundary error, got ${JSON.stringify(errors)}`);
  });
}

const ALLOWED: [file: string, code: string][] = [
  ['src/core/entities/probe.ts', `import type { Entity } from '../types';\nimport { uni } from '../text/uni.ts';`],
  ['src/core/probe.test.ts', `import { readFileSync } from 'node:fs';\nimport { createAnalyzer } from './analyze.ts';`],
  ['src/shared/probe.ts', `import { ENTITY_TYPES } from '../core/types';\nimport browser from './browser';`],
  [
    'src/ui/card/probe.tsx',
    `import type { Entity } from '../../core/types';\nimport type { Settings } from '../../shared/settings-model';\nimport { Card } from './Card';\nimport { TYPE_STYLES } from '../colors';`,
  ],
  ['src/popup/probe.tsx', `import { TYPE_STYLES } from '../ui/colors';\nimport { App } from './App';\nimport { render } from 'preact';`],
  [
    'src/content/card/probe.ts',
    `import { Card } from '../../ui/card/Card';\nimport { readMention } from '../highlight/markup';\nimport type { EntityType } from '../../core/types';`,
  ],
  ['src/background/probe.ts', `import { handle } from '../shared/messaging';\nimport { analyzeText } from './analysis';`],
  ['src/shared/probe.ts', `export type T = import('./settings-model').Settings;`],
];

for (const [file, code] of ALLOWED) {
  test(`allowed: ${file}: ${code.split('\n')[0]}`, async () => {
    assert.deepEqual(await boundaryErrors(file, code), []);
  });
}

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) filesUnder(p, out);
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

test('every source file under src/ is covered by the boundary rule (a new folder or a deeper file is not silently unchecked)', async () => {
  const unchecked: string[] = [];
  let checked = 0;
  for (const file of filesUnder(join(root, 'src'))) {
    if (await eslint.isPathIgnored(file)) continue; // generated data files (see eslint.config.js)
    const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> };
    if (config.rules?.['no-restricted-imports'] === undefined) unchecked.push(relative(root, file));
    else checked++;
  }
  assert.deepEqual(unchecked, []);
  assert.ok(checked > 50, `only ${checked} files checked`);
});
