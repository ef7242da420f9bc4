// End-to-end: the shipped model + the document pass over the seed article, against its gold
// standard. Both travel with the repository (test/fixtures/gold, e2e/fixtures/seed), so a fresh
// clone runs this test; a missing file is a failure, never a skip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTagger } from './ner/index.ts';
import { createAnalyzer } from './analyze.ts';
import type { EntityType } from './types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MODEL = `${root}models/ner.bin`;
const SEED = `${root}e2e/fixtures/seed/archyde-xi-putin.txt`;
const GOLD = `${root}test/fixtures/gold/archyde-xi-putin.gold.json`;

test('seed article with the shipped model: key facts and core F1', () => {
  const text = readFileSync(SEED, 'utf8');
  const a = createAnalyzer(loadTagger(new Uint8Array(readFileSync(MODEL))))(text);
  const byAlias = (s: string) => a.entities.find((e) => e.aliases.includes(s));

  const xi = byAlias('Xi Jinping')!;
  assert.equal(xi.type, 'PERSON');
  assert.equal(byAlias('Xi'), xi, '"Xi" is the same entity as "Xi Jinping"');
  assert.ok(xi.titledForms.includes('Mr. Xi'));
  assert.match(xi.title ?? '', /President/);
  assert.ok(xi.mentions.length >= 18, `Xi has ${xi.mentions.length} mentions`);

  const putin = byAlias('Vladimir Putin')!;
  assert.equal(byAlias('Putin'), putin);
  assert.equal(putin.type, 'PERSON');

  const sco = byAlias('SCO')!;
  assert.equal(sco.type, 'ORG');
  assert.equal(byAlias('Shanghai Cooperation Organization'), sco);
  assert.equal(byAlias('US'), byAlias('United States'));
  assert.equal(byAlias('LONDON'), byAlias('London'));

  assert.match(byAlias('Steve Tsang')?.title ?? '', /professor/);
  assert.match(byAlias('George Magnus')?.title ?? '', /author of Red Flags/);
  assert.ok((byAlias('George Magnus')?.quotes.length ?? 0) >= 1);

  const MAP: Record<string, EntityType> = { PERSON: 'PERSON', ORG: 'ORG', GPE: 'PLACE', LOC: 'PLACE' };
  const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as Array<{ start: number; end: number; type: string }>)
    .filter((g) => MAP[g.type])
    .map((g) => `${g.start}:${g.end}:${MAP[g.type]}`);
  const pred = a.mentions.filter((m) => ['PERSON', 'ORG', 'PLACE'].includes(m.type)).map((m) => `${m.start}:${m.end}:${m.type}`);
  const g = new Set(gold);
  const tp = pred.filter((p) => g.has(p)).length;
  const f1 = (2 * tp) / (pred.length + gold.length);
  assert.ok(f1 >= 0.9, `core F1 ${f1.toFixed(3)} < 0.90`);
});
