import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retrying } from './retry.ts';

class Gone extends Error {}

test('retrying: tries again after each delay while the error is retryable, then succeeds', async () => {
  let calls = 0;
  const t0 = performance.now();
  const got = await retrying(
    async () => {
      if (++calls < 3) throw new Gone('not there yet');
      return 'ok';
    },
    [5, 20, 80],
    (e) => e instanceof Gone,
  );
  assert.equal(got, 'ok');
  assert.equal(calls, 3);
  assert.ok(performance.now() - t0 >= 24, 'waited 5 + 20 ms');
});

test('retrying: gives up after the last delay with the last error, and never retries other errors', async () => {
  let calls = 0;
  await assert.rejects(
    retrying(
      async () => {
        calls++;
        throw new Gone(`try ${calls}`);
      },
      [1, 1],
      (e) => e instanceof Gone,
    ),
    /try 3/,
  );
  assert.equal(calls, 3);
  calls = 0;
  await assert.rejects(
    retrying(
      async () => {
        calls++;
        throw new Error('the engine failed');
      },
      [1, 1],
      (e) => e instanceof Gone,
    ),
    /engine failed/,
  );
  assert.equal(calls, 1);
});
