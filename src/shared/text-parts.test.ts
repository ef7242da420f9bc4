import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PART_CHARS, splitText } from './text-parts.ts';

const wellFormed = (s: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

test('splitText: parts of at most the size, in order, joining back to the text', () => {
  const text = 'Xi Jinping met Vladimir Putin in Samarkand. '.repeat(3000);
  const parts = splitText(text);
  assert.equal(parts.join(''), text);
  assert.equal(parts.length, Math.ceil(text.length / PART_CHARS));
  for (const p of parts) assert.ok(p.length > 0 && p.length <= PART_CHARS);
  assert.deepEqual(splitText(''), []);
  assert.deepEqual(splitText('short'), ['short']);
});

test('splitText: never cuts a surrogate pair, wherever the pairs fall', () => {
  for (const size of [2, 3, 4, 5, 7, 16]) {
    for (const text of ['😀😀😀😀😀😀😀', 'a😀b😀😀c🇨🇳d', 'ab😀', '😀', 'x'.repeat(size - 1) + '😀' + 'y'.repeat(size)]) {
      const parts = splitText(text, size);
      assert.equal(parts.join(''), text, `size ${size}: ${text}`);
      for (const p of parts) {
        assert.ok(p.length > 0 && p.length <= size, `size ${size}: part of ${p.length}`);
        assert.ok(wellFormed(p), `size ${size}: a part of ${JSON.stringify(text)} has a lone surrogate`);
      }
    }
  }
  assert.throws(() => splitText('abc', 1), RangeError);
});
