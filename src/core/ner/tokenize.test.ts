import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, splitSentences } from './index.ts';

const texts = (s: string) => tokenize(s).map((t) => t.text);

test('offsets are UTF-16 indices and text === slice', () => {
  const s = 'LONDON/BEIJING (Archyde.com) – Chinese President Xi’s “trip” 👋🏽 naïve e\u0301te 北京 مرحبا';
  for (const t of tokenize(s)) assert.equal(t.text, s.slice(t.start, t.end));
});

test('CoNLL-like splitting', () => {
  assert.deepEqual(texts('LONDON/BEIJING (Archyde.com) – Chinese'), ['LONDON', '/', 'BEIJING', '(', 'Archyde.com', ')', '–', 'Chinese']);
  assert.deepEqual(texts('China’s Mr. Xi met the U.S. envoy.'), ['China', '’s', 'Mr.', 'Xi', 'met', 'the', 'U.S.', 'envoy', '.']);
  assert.deepEqual(texts("Mr Putin's China-Russia summit"), ['Mr', 'Putin', "'s", 'China-Russia', 'summit']);
  assert.deepEqual(texts('It cost $1,000.50, not 3.5bn!'), ['It', 'cost', '$', '1,000.50', ',', 'not', '3.5bn', '!']);
  assert.deepEqual(texts("don't O'Brien AT&T"), ['do', "n't", "O'Brien", 'AT&T']);
  assert.deepEqual(texts('wait... what?!'), ['wait', '...', 'what', '?', '!']);
});

test('surrogate pairs are never split', () => {
  const s = 'a😀b 𝐀𝐁 👍🏽';
  for (const t of tokenize(s)) {
    const first = t.text.charCodeAt(0),
      last = t.text.charCodeAt(t.text.length - 1);
    assert.ok(!(first >= 0xdc00 && first <= 0xdfff), 'token starts with a low surrogate');
    assert.ok(!(last >= 0xd800 && last <= 0xdbff), 'token ends with a high surrogate');
  }
});

test('empty and whitespace-only input', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' \n\t '), []);
  assert.deepEqual(splitSentences(''), []);
});

test('long unbroken runs are capped into tokens of at most 64 code units', () => {
  const s = 'x'.repeat(1000) + ' ' + '北'.repeat(300);
  const toks = tokenize(s);
  assert.ok(toks.every((t) => t.end - t.start <= 64));
  assert.equal(toks.map((t) => t.text).join(''), s.replace(' ', ''));
});

test('sentence splitting: abbreviations, quotes, newlines', () => {
  const s = 'Mr. Xi met Dr. Smith in the U.S. on Monday. “It went well,” he said.\nNext line without stop\nThird.';
  const sents = splitSentences(s).map((x) => s.slice(x.start, x.end));
  assert.deepEqual(sents, ['Mr. Xi met Dr. Smith in the U.S. on Monday.', '“It went well,” he said.', 'Next line without stop', 'Third.']);
});

test('closing quote after the full stop stays in the sentence', () => {
  const s = 'He said: “We will win.” Then he left.';
  assert.deepEqual(
    splitSentences(s).map((x) => s.slice(x.start, x.end)),
    ['He said: “We will win.”', 'Then he left.'],
  );
});

test('very long sentences are chunked', () => {
  const s = Array(1000).fill('word').join(' ');
  const sents = splitSentences(s);
  assert.ok(sents.length >= 8);
  assert.ok(sents.every((x) => x.tokens.length <= 120));
});
