import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorText } from './error-text';

test('an error reads as one sentence with one full stop', () => {
  assert.equal(errorText(new Error('Receiving end does not exist')), 'Receiving end does not exist.');
  assert.equal(errorText(new Error('Not enough storage space. Try again.')), 'Not enough storage space. Try again.');
  assert.equal(errorText(new Error('Really?  ')), 'Really?');
  assert.equal(errorText('a thrown string'), 'a thrown string.');
  assert.equal(errorText(42), '42.');
  assert.equal(errorText(new Error('')), '');
});
