import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocked, sentences, type Span } from './sentences.ts';

/** The pattern the scanner replaces, run the slow way: the reference for short texts. */
function reference(text: string, blockedAt: (text: string, i: number) => boolean): Span[] {
  const re = /[.!?…]+["”’)\]]*(?=\s)|\n/g;
  const out: Span[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && blockedAt(text, m.index)) continue;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

test('sentences: ends after terminators and closers, keeps abbreviations and initials inside', () => {
  const text = 'Mr. Xi met J. Smith in the U.S. on Monday. “We agree!” he said.) Then? Yes… approx. five\nNew line';
  const got = sentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(got, ['Mr. Xi met J. Smith in the U.S. on Monday.', '“We agree!”', 'he said.)', 'Then?', 'Yes…', 'approx. five', 'New line']);
});

test('sentences: a run of terminators without whitespace after it ends nothing; with whitespace it ends the sentence', () => {
  assert.deepEqual(sentences('a....b'), [{ start: 0, end: 6 }]);
  assert.deepEqual(sentences('a?!?.” b'), [
    { start: 0, end: 6 },
    { start: 7, end: 8 },
  ]);
  assert.deepEqual(sentences('.'.repeat(1000)), [{ start: 0, end: 1000 }]);
});

test('sentences: identical to the original pattern on random texts of the characters that matter', () => {
  // The abbreviation rule is the module's own.
  const alphabet = ['.', '!', '?', '…', '”', ')', ']', '"', '’', ' ', '\n', '\u00a0', 'a', 'B', 'Mr', 'J', 'x', 'e.g', 'U.S'];
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
  for (let t = 0; t < 3000; t++) {
    let s = '';
    const len = 1 + Math.floor(rnd() * 24);
    for (let k = 0; k < len; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    assert.deepEqual(sentences(s), reference(s, blocked), JSON.stringify(s));
  }
});
