import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../core/analyze.ts';
import { loadTagger } from '../core/ner/index.ts';
import { decodeAnalysis, encodeAnalysis } from './analysis-wire.ts';

const seed = readFileSync(new URL('../../e2e/fixtures/seed/archyde-xi-putin.txt', import.meta.url), 'utf8');
const analyze = createAnalyzer(loadTagger(new Uint8Array(readFileSync(new URL('../../models/ner.bin', import.meta.url)))));

test('the engine answer survives the compact encoding exactly (demo article)', async () => {
  const a = analyze(seed);
  assert.ok(a.mentions.length > 20);
  const wire = JSON.parse(JSON.stringify(encodeAnalysis(a))); // as it crosses the messaging layer
  assert.deepEqual(await decodeAnalysis(wire, seed), a);
});

test('a long article decodes exactly while pausing in chunks', async () => {
  const text = Array.from({ length: 40 }, () => seed).join('\n\n');
  const a = analyze(text);
  let pauses = 0;
  const decoded = await decodeAnalysis(encodeAnalysis(a), text, async () => {
    pauses++;
    await new Promise((r) => setTimeout(r, 0));
  });
  assert.deepEqual(decoded, a);
  assert.equal(pauses, Math.floor(a.mentions.length / 2048));
  assert.ok(pauses > 0, `only ${a.mentions.length} mentions`);
});

test('empty analyses and unknown entities', async () => {
  assert.deepEqual(await decodeAnalysis(encodeAnalysis({ mentions: [], entities: [] }), ''), { mentions: [], entities: [] });
  await assert.rejects(decodeAnalysis({ mentions: [0, 1, 0, 5], entities: [] }, 'x'), /unknown entity/);
});
