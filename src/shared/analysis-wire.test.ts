import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../core/analyze.ts';
import { loadTagger } from '../core/ner/index.ts';
import { decodeAnalysis, encodeAnalysis } from './analysis-wire.ts';
import { nameList, sharedFirstNames } from '../core/testing/adversarial.ts';
import { SENTENCE_WINDOW } from '../core/entities/context.ts';

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

for (const [family, make] of [
  ['a comma list of names', nameList],
  ['one first name with new surnames', sharedFirstNames],
] as const)
  test(`the reply grows with the text, not with entities x sentence length: 100k characters of ${family}`, async () => {
    const text = make(100_000);
    const a = analyze(text);
    const persons = a.entities.filter((e) => e.type === 'PERSON');
    // The list's names are found (each of the generated full names is a person entity).
    assert.ok(persons.length >= 300, `${persons.length} person entities`);
    // A sample of the list's full names: each is found as a person.
    const names = [...new Set(text.split(/, | said that /).filter((s) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(s)))].slice(0, 50);
    assert.ok(names.length >= 20);
    for (const name of names)
      assert.ok(
        persons.some((e) => e.aliases.includes(name)),
        `${name} found`,
      );
    const json = JSON.stringify(encodeAnalysis(a));
    // Before the cut, every entity carried the whole 100k-character sentence (hundreds of times the text).
    assert.ok(json.length <= 8 * text.length, `reply ${json.length} chars for ${text.length} chars of text`);
    assert.deepEqual(await decodeAnalysis(JSON.parse(json), text), a, 'the page rebuilds the same analysis');
    // Each entity carries a window of its one long sentence, with its first mention inside it.
    for (const e of a.entities) {
      assert.ok((e.firstSentence ?? '').length <= 2 * SENTENCE_WINDOW + 2 + e.name.length, `${e.name}: ${e.firstSentence?.length}`);
      const first = a.mentions[e.mentions[0]!]!;
      assert.ok(e.firstSentence?.includes(first.text), `${e.name}'s window holds its first mention`);
    }
  });

test('a sentence that fits the window is carried whole; a long one is cut around the mention with ellipses', () => {
  const text = `Chinese President Xi Jinping will meet Vladimir Putin in Moscow. ${'Filler words here and there, '.repeat(30)}and then Angela Merkel spoke, ${'more filler words follow here, '.repeat(30)}the end.`;
  const a = analyze(text);
  const xi = a.entities.find((e) => e.aliases.includes('Xi Jinping'))!;
  assert.equal(xi.firstSentence, 'Chinese President Xi Jinping will meet Vladimir Putin in Moscow.');
  const merkel = a.entities.find((e) => e.aliases.includes('Angela Merkel'))!;
  const at = text.indexOf('Angela Merkel');
  assert.equal(merkel.firstSentence, `…${text.slice(at - SENTENCE_WINDOW, at + 'Angela Merkel'.length + SENTENCE_WINDOW)}…`);
  assert.deepEqual(merkel.firstSentenceAt, {
    start: at - SENTENCE_WINDOW,
    end: at + 'Angela Merkel'.length + SENTENCE_WINDOW,
    cutBefore: true,
    cutAfter: true,
  });
});

test('invisible characters: the page rebuilds the clean mention texts and sentences from the text it has', async () => {
  const text = 'Angela\u200BMerkel flew to Lon\u00ADdon. \uFEFFMerkel met Xi Jin\u00ADping in Pa\u200Cris.';
  const a = analyze(text);
  assert.ok(a.mentions.some((m) => m.text === 'London' && text.slice(m.start, m.end) === 'Lon\u00ADdon'));
  assert.deepEqual(await decodeAnalysis(JSON.parse(JSON.stringify(encodeAnalysis(a))), text), a);
});
