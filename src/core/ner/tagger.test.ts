import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SAMPLE_ARTICLE } from './sample-text.test-fixture.ts';
import { loadTagger, tokenize, splitSentences, type RawMention } from './index.ts';

const bytes = new Uint8Array(readFileSync(new URL('../../../models/ner.bin', import.meta.url)));
const tagger = loadTagger(bytes);

const found = (text: string, ms: RawMention[]) => ms.map((m) => `${text.slice(m.start, m.end)}/${m.type}`);

test('finds obvious entities in a fresh sentence', () => {
  const s = 'Angela Merkel met Emmanuel Macron in Paris on Tuesday to discuss the future of the European Union.';
  const got = found(s, tagger.tag(s));
  assert.ok(got.includes('Angela Merkel/PER'), got.join(', '));
  assert.ok(got.includes('Emmanuel Macron/PER'), got.join(', '));
  assert.ok(got.includes('Paris/LOC'), got.join(', '));
  assert.ok(
    got.some((g) => g.startsWith('European Union/')),
    got.join(', '),
  );
});

test('organisations and places in news style', () => {
  const s = 'Shares of Microsoft rose 3 percent in New York after the company said it would hire 500 people in Dublin.';
  const got = found(s, tagger.tag(s));
  assert.ok(got.includes('Microsoft/ORG'), got.join(', '));
  assert.ok(got.includes('New York/LOC'), got.join(', '));
  assert.ok(got.includes('Dublin/LOC'), got.join(', '));
});

test('all-caps dateline and text without capitals do not throw', () => {
  const s = 'WASHINGTON (Reuters) - PRESIDENT BIDEN SPOKE WITH CHANCELLOR SCHOLZ IN BERLIN.';
  const ms = tagger.tag(s);
  assert.ok(found(s, ms).includes('WASHINGTON/LOC'), found(s, ms).join(', '));
  assert.ok(Array.isArray(tagger.tag('the president spoke with the chancellor in berlin yesterday.')));
});

test('mentions are well-formed: ordered, non-overlapping, within token bounds, scores finite', () => {
  const s = SAMPLE_ARTICLE;
  const ms = tagger.tag(s);
  assert.ok(ms.length > 20);
  let prevEnd = 0;
  for (const m of ms) {
    assert.ok(m.start >= prevEnd && m.end > m.start && m.end <= s.length);
    assert.ok(Number.isFinite(m.score) && m.score >= 0);
    assert.equal(s.slice(m.start, m.end).trim(), s.slice(m.start, m.end));
    prevEnd = m.end;
  }
});

test('tagSentences with caller-provided sentences matches tag()', () => {
  const s = 'Vladimir Putin flew to Beijing. Xi Jinping welcomed him at the airport.';
  assert.deepEqual(tagger.tagSentences(s, splitSentences(s, tokenize(s))), tagger.tag(s));
});

test('block-wise tag() of a long multi-paragraph text equals tagging all sentences at once', () => {
  const para = 'Vladimir Putin flew to Beijing on Monday. Xi Jinping welcomed him, Xinhua said.';
  const joined = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? para.toUpperCase() : para)).join('\r\n');
  assert.deepEqual(tagger.tag(joined), tagger.tagSentences(joined, splitSentences(joined)));
  // one long line: blocks are cut at whitespace and the unfinished sentence is carried over
  const line =
    Array.from({ length: 2000 }, (_, i) => (i % 5 === 0 ? 'Xi Jinping met Mr. Putin in Samarkand, Uzbekistan' : 'The talks in Moscow went on')).join('. ') +
    '.';
  assert.ok(line.length > 4 * 8192 && !line.includes('\n'));
  assert.deepEqual(tagger.tag(line), tagger.tagSentences(line, splitSentences(line)));
});

test('robust to empty, odd Unicode and huge inputs', () => {
  assert.deepEqual(tagger.tag(''), []);
  assert.deepEqual(tagger.tag('   \n\n  '), []);
  const odd = 'Über 🇺🇸 U.S. 😀😀 "Zoë" e\u0301\u0301 \u202eRTL\u202c שלום עולם 北京是中国的首都 \ud800 lone \udc00 surrogate \u0000';
  for (const m of tagger.tag(odd)) assert.ok(m.start >= 0 && m.end <= odd.length);
  // a sentence given by the caller that is far longer than the model's chunk size
  const long = Array(2000).fill('Paris').join(' ');
  assert.ok(Array.isArray(tagger.tagSentences(long, splitSentences(long).length ? [{ start: 0, end: long.length, tokens: tokenize(long) }] : [])));
});

test('time grows linearly: 10 MB of text', () => {
  const unit = 'Chancellor Angela Merkel met French President Emmanuel Macron in Paris. ';
  const small = unit.repeat(2000);
  const big = unit.repeat(140000); // ~10 MB
  let t = performance.now();
  tagger.tag(small);
  const tSmall = performance.now() - t;
  t = performance.now();
  const ms = tagger.tag(big);
  const tBig = performance.now() - t;
  assert.ok(ms.length > 100000);
  // 70x the text; allow generous noise but catch anything quadratic
  assert.ok(tBig < tSmall * 70 * 4 + 2000, `small ${tSmall.toFixed(0)} ms, big ${tBig.toFixed(0)} ms`);
});

test('pathological inputs: one 1 MB token run, only punctuation, all caps', () => {
  assert.ok(Array.isArray(tagger.tag('a'.repeat(1_000_000))));
  assert.ok(Array.isArray(tagger.tag('.'.repeat(100_000) + '!?'.repeat(50_000))));
  assert.ok(Array.isArray(tagger.tag('THE UNITED NATIONS SAID ON MONDAY. '.repeat(1000))));
});

test('tagSentences tolerates odd caller tokens and non-string input', () => {
  const text = 'Angela Merkel met Emmanuel Macron.';
  const weird = [
    { start: 0, end: 0, text: '' },
    { start: 5, end: 3, text: 'x' },
    { start: 100, end: 120, text: 'zz' },
    { start: 0, end: 6, text: 'Angela' },
  ];
  assert.doesNotThrow(() => tagger.tagSentences(text, [{ start: 0, end: 10, tokens: weird }]));
  assert.deepEqual(tagger.tagSentences(text, []), []);
  assert.deepEqual(tagger.tagSentences(text, [{ start: 0, end: 0, tokens: [] }]), []);
  assert.deepEqual(tagger.tag(null as unknown as string), []);
});

test('rejects a corrupt model clearly', () => {
  assert.throws(() => loadTagger(new Uint8Array(10)));
  assert.throws(() => loadTagger(bytes.slice(0, 1000)));
});
