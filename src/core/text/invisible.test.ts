import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanInvisible, cleanWithMap, originalSpan } from './invisible.ts';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../analyze.ts';
import { loadTagger } from '../ner/index.ts';

const analyze = createAnalyzer(loadTagger(new Uint8Array(readFileSync(new URL('../../../models/ner.bin', import.meta.url)))));
const SHY = '\u00AD';
const ZWSP = '\u200B';
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const WJ = '\u2060';
const BOM = '\uFEFF';

/** The mention covering `surface` as written in the text (with its invisibles), or undefined. */
const mentionAt = (text: string, a: ReturnType<typeof analyze>, start: number) => a.mentions.find((m) => m.start === start);

test('cleaning: soft hyphens, joiners, word joiners and BOMs vanish; a zero-width space is a word boundary except inside a lower-case word', () => {
  assert.equal(cleanInvisible(`Lon${SHY}don`), 'London');
  assert.equal(cleanInvisible(`Pa${ZWNJ}ris Pa${ZWJ}ris Pa${WJ}ris${BOM}`), 'Paris Paris Paris');
  assert.equal(cleanInvisible(`Angela${ZWSP}Merkel`), 'Angela Merkel');
  assert.equal(cleanInvisible(`Pa${ZWSP}ris`), 'Paris');
  assert.equal(cleanInvisible(`NATO${ZWSP}Summit 2020${ZWSP}2021`), 'NATO Summit 2020 2021');
  assert.equal(cleanInvisible(`${SHY}${ZWSP}${BOM}`), '');
  assert.equal(cleanInvisible('no invisibles'), 'no invisibles');
});

test('cleaning a part gives the same string as that part of the whole', () => {
  const text = `${BOM}Angela${SHY}${ZWSP}Merkel and Lon${SHY}${SHY}don😀${ZWJ}😀 Pa${ZWSP}ris${WJ}`;
  const { text: clean, map } = cleanWithMap(text);
  for (let s = 0; s <= clean.length; s++) {
    for (let e = s + 1; e <= clean.length; e++) {
      const o = originalSpan(map, s, e);
      assert.equal(cleanInvisible(text, o.start, o.end), clean.slice(s, e), `${s}-${e}`);
    }
  }
});

test('map: every cleaned code unit points at its original, surrogate pairs included', () => {
  const text = `${SHY}𝐀${ZWSP}𝐁${ZWJ}x`;
  const { text: clean, map } = cleanWithMap(text);
  assert.equal(clean, '𝐀 𝐁x');
  assert.deepEqual([...map], [1, 2, 3, 4, 5, 7, 8]);
  assert.deepEqual(originalSpan(map, 0, 2), { start: 1, end: 3 });
});

test('"Lon\\u00ADdon" is one mention covering the whole word, at the start, middle and end of the text', () => {
  for (const [text, start, end] of [
    [`Lon${SHY}don is large.`, 0, 7],
    [`He flew to Lon${SHY}don on Monday.`, 11, 18],
    [`He flew to Lon${SHY}don`, 11, 18],
    [`He flew to Lon${SHY}don${SHY}`, 11, 18],
    [`${BOM}${SHY}Lon${SHY}${SHY}${ZWJ}don${WJ}${BOM} is large.`, 2, 11],
  ] as const) {
    const a = analyze(text);
    const m = mentionAt(text, a, start);
    assert.ok(m, `${JSON.stringify(text)}: ${JSON.stringify(a.mentions)}`);
    assert.equal(m.end, end, JSON.stringify(text));
    assert.equal(m.text, 'London');
    assert.equal(m.type, 'PLACE');
    assert.equal(a.entities.find((e) => e.id === m.entity)!.name, 'London');
  }
});

test('"Pa\\u200Cris" is one mention; "Angela\\u200BMerkel" and "Angela Merkel" are one entity', () => {
  const text = `She lives in Pa${ZWNJ}ris. Angela${ZWSP}Merkel met Angela Merkel in Berlin.`;
  const a = analyze(text);
  const paris = mentionAt(text, a, 13)!;
  assert.deepEqual([paris.start, paris.end, paris.text], [13, 19, 'Paris']);
  const at = text.indexOf('Angela');
  const first = mentionAt(text, a, at)!;
  assert.deepEqual([first.end, first.text], [at + 13, 'Angela Merkel']);
  const second = mentionAt(text, a, text.indexOf('Angela Merkel'))!;
  assert.equal(first.entity, second.entity);
  const merkel = a.entities.find((e) => e.id === first.entity)!;
  assert.deepEqual(merkel.aliases, ['Angela Merkel']);
  assert.equal(merkel.firstSentence, 'Angela Merkel met Angela Merkel in Berlin.');
  assert.equal(merkel.firstSentenceAt!.start, at);
});

test('astral characters around invisibles keep exact offsets', () => {
  const text = `😀${SHY} Vladimir Pu${SHY}tin 𝐀 met Xi${ZWSP}Jinping 😀.`;
  const a = analyze(text);
  const putin = a.mentions.find((m) => m.text === 'Vladimir Putin')!;
  assert.equal(text.slice(putin.start, putin.end), `Vladimir Pu${SHY}tin`);
  const xi = a.mentions.find((m) => m.text === 'Xi Jinping');
  assert.ok(xi, JSON.stringify(a.mentions));
  assert.equal(text.slice(xi.start, xi.end), `Xi${ZWSP}Jinping`);
});
