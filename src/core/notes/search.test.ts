import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NoteIndex } from './search.ts';
import { entityNote, pageNote, selectionNote } from './testing.ts';

const ARTICLE = readFileSync(new URL('../../../e2e/fixtures/seed/archyde-xi-putin.txt', import.meta.url), 'utf8');
const a = { ...selectionNote(1, ARTICLE, 'Samarkand, Uzbekistan'), text: 'Check the summit dates', tags: ['sco'] };
const b = { ...entityNote(2, 'Vladimir Putin'), text: 'Met Xi twice this year', tags: ['russia'] };
const c = { ...pageNote(3, 2, 'Good background on energy exports'), page: { ...pageNote(3, 2).page, title: 'Gazprom and the Power of Siberia' } };
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

test('finds notes by their text, quote, tags, page title and entity name', () => {
  const idx = new NoteIndex([a, b, c]);
  assert.deepEqual(ids(idx.search('summit dates')), [a.id]);
  assert.deepEqual(ids(idx.search('Uzbekistan')), [a.id]); // the quote
  assert.deepEqual(ids(idx.search('russia')), [b.id]); // a tag
  assert.deepEqual(ids(idx.search('siberia')), [c.id]); // the page title
  assert.deepEqual(ids(idx.search('putin')), [b.id]); // the entity
  assert.deepEqual(ids(idx.search('')), []);
  assert.deepEqual(ids(idx.search('nothing-like-this')), []);
});

test('every word must match; prefixes, case, diacritics and small typos are forgiven', () => {
  const idx = new NoteIndex([a, b, c]);
  assert.deepEqual(ids(idx.search('summit energy')), []);
  assert.deepEqual(ids(idx.search('SUMM')), [a.id]);
  assert.deepEqual(ids(idx.search('Samarkånd')), [a.id]);
  assert.deepEqual(ids(idx.search('backgrund')), [c.id]);
});

test('put, update and remove keep the index in step with the notes', () => {
  const idx = new NoteIndex();
  idx.put(a);
  idx.put(b);
  assert.equal(idx.size, 2);
  idx.put({ ...a, text: 'Now about pipelines', tags: [] });
  assert.equal(idx.size, 2);
  assert.deepEqual(ids(idx.search('summit')), []);
  assert.deepEqual(ids(idx.search('pipelines')), [a.id]);
  idx.remove(b.id);
  idx.remove(b.id); // removing twice is harmless
  assert.deepEqual(ids(idx.search('putin')), []);
  assert.equal(idx.has(b.id), false);
  idx.clear();
  assert.equal(idx.size, 0);
});

test('saved as JSON and loaded again, it answers the same', () => {
  const idx = new NoteIndex([a, b, c]);
  const copy = NoteIndex.fromJSON(JSON.stringify(idx));
  for (const q of ['summit', 'russia', 'siberia', 'putin']) assert.deepEqual(copy.search(q), idx.search(q));
  copy.put({ ...c, text: 'changed' });
  assert.deepEqual(ids(copy.search('energy')), []);
});
