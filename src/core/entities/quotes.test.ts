import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeQuotes, type PersonSpan } from './quotes.ts';

function persons(text: string, names: Record<string, number>): PersonSpan[] {
  const out: PersonSpan[] = [];
  for (const [n, e] of Object.entries(names))
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) out.push({ start: i, end: i + n.length, entity: e });
  return out.sort((a, b) => a.start - b.start);
}

test('subject before "said", not the nearest name in the appositive', () => {
  const text =
    'Ann Roe, author of a book about Bo Li, said, “In my opinion Bo Li is a leader of note,” she said.\n“I imagine that he is concerned about the war going on.”';
  const q = attributeQuotes(text, persons(text, { 'Ann Roe': 0, 'Bo Li': 1 }));
  assert.deepEqual(
    q.map((x) => [x.entity, x.text.slice(0, 12)]),
    [
      [0, 'In my opinio'],
      [0, 'I imagine th'],
    ],
  );
  assert.equal(text.slice(q[0]!.start, q[0]!.end), q[0]!.text);
});

test('name after the quote, pronoun with the last speaker, scare quotes ignored', () => {
  const text = 'An “unlimited” partnership. “We will keep working on this,” said Bo Li. Then: “It was a long day for all of us,” he said.';
  const q = attributeQuotes(text, persons(text, { 'Bo Li': 1 }));
  assert.deepEqual(
    q.map((x) => x.entity),
    [1, 1],
  );
});

test('a quote with no speech verb and a new paragraph is not attributed across it', () => {
  const text = '“This is a quote with four words.”\nBo Li says the market is up.';
  assert.deepEqual(attributeQuotes(text, persons(text, { 'Bo Li': 1 })), []);
});

test('unbalanced quotes and huge input stay linear and safe', () => {
  const text = '“'.repeat(50000) + ' said Bo Li';
  const t0 = Date.now();
  attributeQuotes(text, persons(text, { 'Bo Li': 1 }));
  assert.ok(Date.now() - t0 < 2000);
});
