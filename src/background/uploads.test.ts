import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UploadStore } from './uploads.ts';
import { UPLOAD_INCOMPLETE } from '../shared/messages.ts';

test('uploads: parts arriving in any order join in index order, once', () => {
  const store = new UploadStore();
  store.receive('tab1/0/a', 2, 'Putin.');
  store.receive('tab1/0/a', 0, 'Xi Jinping ');
  store.receive('tab1/0/b', 0, 'another upload');
  store.receive('tab1/0/a', 1, 'met Vladimir ');
  assert.equal(store.take('tab1/0/a', 3), 'Xi Jinping met Vladimir Putin.');
  assert.equal(store.size, 1, 'the taken upload is forgotten, the other one waits');
  assert.throws(() => store.take('tab1/0/a', 3), new RegExp(`^Error: ${UPLOAD_INCOMPLETE}: 0 of 3 parts`));
  assert.equal(store.take('tab1/0/b', 1), 'another upload');
  assert.equal(store.size, 0);
});

test('uploads: a missing or extra part fails with the retryable error and drops the upload', () => {
  const store = new UploadStore();
  store.receive('k', 0, 'a');
  store.receive('k', 2, 'c');
  assert.throws(() => store.take('k', 3), new RegExp(`^Error: ${UPLOAD_INCOMPLETE}: 2 of 3 parts`));
  assert.equal(store.size, 0);
  store.receive('k', 0, 'a');
  store.receive('k', 1, 'b');
  assert.throws(() => store.take('k', 1), new RegExp(UPLOAD_INCOMPLETE), 'more parts than announced');
});

test('uploads: bad parts and counts are refused with a clear error', () => {
  const store = new UploadStore();
  for (const index of [-1, 1.5, 1024, '0', null]) assert.throws(() => store.receive('k', index, 'x'), /part index out of range/);
  assert.throws(() => store.receive('k', 0, 42), /part must be a string/);
  for (const count of [0, 2.5, 5000, '1']) assert.throws(() => store.take('k', count), /part count out of range/);
  assert.equal(store.size, 0);
});

test('uploads: an abandoned upload expires', async () => {
  const store = new UploadStore(20);
  store.receive('k', 0, 'a');
  await new Promise((r) => setTimeout(r, 10));
  store.receive('k', 1, 'b'); // a new part restarts the clock
  await new Promise((r) => setTimeout(r, 12));
  assert.equal(store.size, 1);
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(store.size, 0);
  assert.throws(() => store.take('k', 2), new RegExp(UPLOAD_INCOMPLETE));
});
