import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clipMarked, displayTitle, markParts, otherForms, quoteText } from './card-text.ts';

test('other forms: aliases and titled forms, without the name, duplicates or title+full name', () => {
  const xi = { name: 'Xi Jinping', aliases: ['Xi Jinping', 'Xi'], titledForms: ['President Xi Jinping', 'Mr. Xi'] };
  assert.deepEqual(otherForms(xi), ['Xi', 'Mr. Xi']);
  const putin = { name: 'Vladimir Putin', aliases: ['Vladimir Putin', 'Putin'], titledForms: ['President Vladimir Putin', 'Mr. Putin', 'Mr Putin'] };
  assert.deepEqual(otherForms(putin), ['Putin', 'Mr. Putin']);
  assert.deepEqual(otherForms({ name: 'London', aliases: ['LONDON', 'London'], titledForms: [] }), []);
});

test('titles are capitalised, empty titles dropped', () => {
  assert.equal(displayTitle('a professor at SOAS'), 'A professor at SOAS');
  assert.equal(displayTitle('  '), null);
  assert.equal(displayTitle(null), null);
});

test('quotes', () => {
  assert.equal(quoteText('“It is clear.”'), '“It is clear.”');
  assert.equal(quoteText('"Plain"'), '“Plain”');
});

test('markParts finds the earliest whole word, longest first, exact case first', () => {
  const s = 'Chinese President Xi Jinping will meet Mr. Xi.';
  assert.deepEqual(markParts(s, ['Xi', 'Xi Jinping']), { before: 'Chinese President ', mark: 'Xi Jinping', after: ' will meet Mr. Xi.' });
  assert.equal(markParts('Xiamen is a city', ['Xi']), null);
  assert.deepEqual(markParts('LONDON/BEIJING (x)', ['London']), { before: '', mark: 'LONDON', after: '/BEIJING (x)' });
  assert.equal(markParts('', ['a']), null);
});

test('clipMarked keeps the mark and shortens around it at word boundaries', () => {
  const before = 'word '.repeat(60);
  const after = ' tail'.repeat(60);
  const c = clipMarked({ before, mark: 'Xi', after }, 120);
  assert.equal(c.mark, 'Xi');
  assert.ok(c.before.startsWith('…') && c.after.endsWith('…'));
  assert.ok(c.before.length + c.after.length + 2 <= 124, `${c.before.length + c.after.length}`);
  const short = { before: 'a ', mark: 'b', after: ' c' };
  assert.deepEqual(clipMarked(short, 120), short);
});
