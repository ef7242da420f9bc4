import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBlocks } from './offsets.ts';
import { offsetOf, pointAt } from './points.ts';

// "Hello world" split over two nodes with a synthetic <br>, then a second block: "Hello wo" "rld" "\n" "Bye"
const doc = joinBlocks([
  [
    { text: 'Hello wo', node: true },
    { text: 'rld', node: true },
    { text: '\n', node: false },
    { text: 'x', node: true },
  ],
  [{ text: 'Bye', node: true }],
]);

test('points inside nodes map to the node holding the character', () => {
  assert.equal(doc.text, 'Hello world\nx\n\nBye');
  assert.deepEqual(pointAt(doc, 0, 'start'), { node: 0, offset: 0 });
  assert.deepEqual(pointAt(doc, 8, 'start'), { node: 1, offset: 0 });
  assert.deepEqual(pointAt(doc, 8, 'end'), { node: 0, offset: 8 });
  assert.deepEqual(pointAt(doc, 10, 'end'), { node: 1, offset: 2 });
});

test('offsets in separator text move forward for a start and back for an end', () => {
  assert.deepEqual(pointAt(doc, 11, 'start'), { node: 2, offset: 0 }); // the <br>'s "\n"
  assert.deepEqual(pointAt(doc, 12, 'end'), { node: 1, offset: 3 });
  assert.deepEqual(pointAt(doc, 14, 'start'), { node: 3, offset: 0 }); // between blocks
  assert.deepEqual(pointAt(doc, 15, 'end'), { node: 2, offset: 1 });
  assert.deepEqual(pointAt(doc, 18, 'end'), { node: 3, offset: 3 });
  assert.equal(pointAt(doc, 18, 'start'), null);
  assert.equal(pointAt(doc, 0, 'end'), null);
});

test('offsetOf inverts pointAt', () => {
  for (let pos = 0; pos <= doc.text.length; pos++) {
    for (const side of ['start', 'end'] as const) {
      const p = pointAt(doc, pos, side);
      if (!p) continue;
      const back = offsetOf(doc, p);
      if (doc.text[pos] !== '\n' && (side === 'start' ? pos < doc.text.length : pos > 0) && doc.text[pos - 1] !== '\n') assert.equal(back, pos);
      // Whatever the side, the point never lands beyond the text between it and pos.
      assert.ok(doc.text.slice(Math.min(pos, back), Math.max(pos, back)).trim() === '', `${side} ${pos} -> ${back}`);
    }
  }
  assert.throws(() => offsetOf(doc, { node: 9, offset: 0 }), /no text node 9/);
});

test('empty nodes are never a point', () => {
  const d = joinBlocks([
    [
      { text: 'ab', node: true },
      { text: '', node: true },
      { text: 'cd', node: true },
    ],
  ]);
  assert.deepEqual(pointAt(d, 2, 'start'), { node: 2, offset: 0 });
  assert.deepEqual(pointAt(d, 2, 'end'), { node: 0, offset: 2 });
  assert.equal(pointAt(joinBlocks([]), 0, 'start'), null);
});
