import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockOfOffset, joinBlocks, joinBlocksSliced, mentionPieces, type Part } from './offsets.ts';

const n = (text: string): Part => ({ text, node: true });
const syn = (text: string): Part => ({ text, node: false });

function mentionAt(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  assert.ok(start >= 0, `${needle} not in text`);
  return { start, end: start + needle.length };
}

test('blocks are joined with a blank line and segments point back to their nodes', () => {
  const doc = joinBlocks([
    [n('Xi Jinping to meet '), n('Putin')],
    [n('Xi is '), n('here')],
  ]);
  assert.equal(doc.text, 'Xi Jinping to meet Putin\n\nXi is here');
  assert.deepEqual(doc.blocks, [
    { start: 0, end: 24 },
    { start: 26, end: 36 },
  ]);
  assert.deepEqual(
    doc.segments.map((s) => [s.node, s.block, s.start, s.blockStart, s.length]),
    [
      [0, 0, 0, 0, 19],
      [1, 0, 19, 19, 5],
      [2, 1, 26, 0, 6],
      [3, 1, 32, 6, 4],
    ],
  );
  for (const s of doc.segments) assert.equal(doc.text.slice(s.start, s.start + s.length).length, s.length);
});

test('a mention inside one node maps to one piece with node-relative offsets', () => {
  const doc = joinBlocks([[n('Intro. '), n('Russian gas giant Gazprom has')]]);
  const pieces = mentionPieces(doc, [mentionAt(doc.text, 'Gazprom')]);
  assert.deepEqual(pieces, [{ mention: 0, node: 1, block: 0, start: 18, end: 25 }]);
});

test('a mention crossing an inline boundary is split into pieces that share its index', () => {
  // "Vladimir <a>Putin</a>": half the name inside a link
  const doc = joinBlocks([[n('President Vladimir '), n('Putin'), n(' said')]]);
  const pieces = mentionPieces(doc, [mentionAt(doc.text, 'President'), mentionAt(doc.text, 'Vladimir Putin')]);
  assert.deepEqual(pieces, [
    { mention: 0, node: 0, block: 0, start: 0, end: 9 },
    { mention: 1, node: 0, block: 0, start: 10, end: 19 },
    { mention: 1, node: 1, block: 0, start: 0, end: 5 },
  ]);
});

test('synthetic text (a <br>) and empty nodes produce no pieces', () => {
  const doc = joinBlocks([[n('New'), syn('\n'), n(''), n('York')]]);
  assert.equal(doc.text, 'New\nYork');
  const pieces = mentionPieces(doc, [{ start: 0, end: 8 }]);
  assert.deepEqual(
    pieces.map((p) => [p.node, p.start, p.end]),
    [
      [0, 0, 3],
      [2, 0, 4],
    ],
  );
});

test('mentions in later blocks, at node edges, and the last character', () => {
  const doc = joinBlocks([[n('A')], [n('Moscow'), n(' and '), n('Beijing')]]);
  const pieces = mentionPieces(doc, [mentionAt(doc.text, 'Moscow'), mentionAt(doc.text, 'Beijing')]);
  assert.deepEqual(
    pieces.map((p) => [p.mention, p.node, p.block, p.start, p.end]),
    [
      [0, 1, 1, 0, 6],
      [1, 3, 1, 0, 7],
    ],
  );
  assert.equal(blockOfOffset(doc, 0), 0);
  assert.equal(blockOfOffset(doc, 1), -1); // separator
  assert.equal(blockOfOffset(doc, 3), 1);
  assert.equal(blockOfOffset(doc, doc.text.length), -1);
});

test('degenerate and out-of-range mentions are ignored, never thrown on', () => {
  const doc = joinBlocks([[n('abc')]]);
  assert.deepEqual(
    mentionPieces(doc, [
      { start: 2, end: 2 },
      { start: 5, end: 9 },
      { start: 3, end: 1 },
    ]),
    [],
  );
  assert.deepEqual(mentionPieces(joinBlocks([]), [{ start: 0, end: 1 }]), []);
});

test('UTF-16 offsets: emoji, CJK, combining marks and RTL text map exactly', () => {
  const parts = [n('🇨🇳 陈旭 Chen '), n('Xu'), n(' Cafe\u0301 مرحبا Côte d’Ivoire')];
  const doc = joinBlocks([parts]);
  for (const needle of ['陈旭', 'Chen Xu', 'Cafe\u0301', 'مرحبا', 'Côte d’Ivoire']) {
    const m = mentionAt(doc.text, needle);
    const pieces = mentionPieces(doc, [m]);
    const rebuilt = pieces.map((p) => parts[p.node]!.text.slice(p.start, p.end)).join('');
    assert.equal(rebuilt, needle);
  }
});

test('many mentions over many nodes stay in document order (binary search)', () => {
  const parts: Part[] = [];
  for (let i = 0; i < 2000; i++) parts.push(n(`w${i} `));
  const doc = joinBlocks([parts]);
  const mentions = Array.from({ length: 2000 }, (_, i) => mentionAt(doc.text, `w${i} `));
  const pieces = mentionPieces(doc, mentions);
  assert.equal(pieces.length, 2000);
  pieces.forEach((p, i) => assert.deepEqual([p.mention, p.node, p.start], [i, i, 0]));
});

test('joinBlocksSliced: the same document as joinBlocks, pausing every 64 blocks', async () => {
  const blocks = Array.from({ length: 1000 }, (_, i) => [n(`Block ${i} about `), syn('\n'), n('Xi Jinping')]);
  let pauses = 0;
  const sliced = await joinBlocksSliced(blocks, () => {
    pauses++;
    return Promise.resolve();
  });
  assert.deepEqual(sliced, joinBlocks(blocks));
  assert.equal(pauses, 15);
  assert.deepEqual(await joinBlocksSliced([], () => undefined), joinBlocks([]));
});
