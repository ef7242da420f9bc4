import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UploadStore, UPLOAD_LIMITS } from './uploads.ts';
import { UPLOAD_INCOMPLETE } from '../shared/messages.ts';
import { MAX_ANALYSED_CHARS } from '../shared/limits.ts';
import { PART_CHARS, splitText } from '../shared/text-parts.ts';

test('uploads: parts arriving in any order join in index order, once', () => {
  const store = new UploadStore();
  store.receive('tab1', 'a', 2, 'Putin.');
  store.receive('tab1', 'a', 0, 'Xi Jinping ');
  store.receive('tab1', 'b', 0, 'another upload');
  store.receive('tab1', 'a', 1, 'met Vladimir ');
  assert.equal(store.take('tab1', 'a', 3), 'Xi Jinping met Vladimir Putin.');
  assert.equal(store.size, 1, 'the taken upload is forgotten, the other one waits');
  assert.throws(() => store.take('tab1', 'a', 3), new RegExp(`^Error: ${UPLOAD_INCOMPLETE}: 0 of 3 parts`));
  assert.equal(store.take('tab1', 'b', 1), 'another upload');
  assert.equal(store.size, 0);
  assert.equal(store.heldChars, 0);
});

test('uploads: two senders using the same upload name never mix parts', () => {
  const store = new UploadStore();
  store.receive('tab1', 'x', 0, 'one');
  store.receive('tab2', 'x', 0, 'two');
  assert.equal(store.take('tab2', 'x', 1), 'two');
  assert.equal(store.take('tab1', 'x', 1), 'one');
});

test('uploads: a missing or extra part fails with the retryable error and drops the upload', () => {
  const store = new UploadStore();
  store.receive('s', 'k', 0, 'a');
  store.receive('s', 'k', 2, 'c');
  assert.throws(() => store.take('s', 'k', 3), new RegExp(`^Error: ${UPLOAD_INCOMPLETE}: 2 of 3 parts`));
  assert.equal(store.size, 0);
  store.receive('s', 'k', 0, 'a');
  store.receive('s', 'k', 1, 'b');
  assert.throws(() => store.take('s', 'k', 1), new RegExp(UPLOAD_INCOMPLETE), 'more parts than announced');
  assert.equal(store.heldChars, 0);
});

test('uploads: the longest text the page sends fits the bounds', () => {
  const store = new UploadStore();
  const text = 'Xi Jinping 🇨🇳 met Putin. '.repeat(Math.ceil(MAX_ANALYSED_CHARS / 26)).slice(0, MAX_ANALYSED_CHARS);
  const parts = splitText(text);
  assert.ok(parts.length <= UPLOAD_LIMITS.parts, `${parts.length} parts`);
  parts.forEach((p, i) => store.receive('tab', 'big', i, p));
  assert.equal(store.take('tab', 'big', parts.length), text);
});

test('uploads: each bound has its own clear error', () => {
  const store = new UploadStore({ parts: 4, partChars: 10, uploadChars: 25, perSender: 2, heldChars: 50 });
  // parts per upload and part size
  for (const index of [-1, 1.5, 4]) assert.throws(() => store.receive('s', 'a', index, 'x'), /^Error: upload: part index out of range \(.*at most 4 parts\)/);
  assert.throws(() => store.receive('s', 'a', 0, 'x'.repeat(11)), /^Error: upload: part too long \(11 > 10 chars\)/);
  // characters of one upload: the upload is dropped
  store.receive('s', 'a', 0, 'x'.repeat(10));
  store.receive('s', 'a', 1, 'x'.repeat(10));
  assert.throws(() => store.receive('s', 'a', 2, 'x'.repeat(6)), /^Error: upload: text too long \(more than 25 chars\)/);
  assert.equal(store.size, 0);
  assert.equal(store.heldChars, 0);
  // uploads in progress per sender
  store.receive('s', 'a', 0, 'x'.repeat(10));
  store.receive('s', 'b', 0, 'x'.repeat(10));
  assert.throws(() => store.receive('s', 'c', 0, 'x'), /^Error: upload: too many uploads in progress from this sender \(2\)/);
  store.receive('s', 'a', 1, 'y'); // an upload already in progress still takes parts
  // characters held across all senders
  store.receive('t', 'a', 0, 'x'.repeat(10));
  store.receive('t', 'b', 0, 'x'.repeat(10));
  assert.equal(store.heldChars, 41);
  assert.throws(
    () => store.receive('u', 'a', 0, 'x'.repeat(10)),
    /^Error: upload: the background holds too much text already \(41 chars of 50\); try again later/,
  );
  assert.equal(store.take('s', 'a', 2), `${'x'.repeat(10)}y`);
  store.receive('u', 'a', 0, 'x'.repeat(10)); // room again
  // a replaced part is counted once
  store.receive('u', 'a', 0, 'z');
  assert.equal(store.heldChars, 31);
  // part count of the analysis request
  for (const count of [0, 2.5, 5]) assert.throws(() => store.take('u', 'a', count), /^Error: upload: part count out of range/);
});

test("uploads: the default bounds are the page's: 2M chars in parts of PART_CHARS", () => {
  assert.equal(UPLOAD_LIMITS.uploadChars, MAX_ANALYSED_CHARS);
  assert.equal(UPLOAD_LIMITS.partChars, PART_CHARS);
  assert.ok(UPLOAD_LIMITS.heldChars <= 10 * MAX_ANALYSED_CHARS);
});

test('uploads: an abandoned upload expires, counted from its last part', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const store = new UploadStore({ expiresMs: 1000 });
  store.receive('s', 'k', 0, 'a');
  t.mock.timers.tick(600);
  store.receive('s', 'k', 1, 'b'); // a new part restarts the clock
  t.mock.timers.tick(600);
  assert.equal(store.size, 1);
  t.mock.timers.tick(400);
  assert.equal(store.size, 0);
  assert.equal(store.heldChars, 0);
  assert.throws(() => store.take('s', 'k', 2), new RegExp(UPLOAD_INCOMPLETE));
});
