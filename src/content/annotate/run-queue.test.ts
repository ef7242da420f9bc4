import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunQueue } from './run-queue.ts';

test('passes never overlap, run in order, and a failed one does not stop the next', async () => {
  const q = new RunQueue();
  const log: string[] = [];
  let release!: () => void;
  const first = q.run(async () => {
    log.push('first start');
    await new Promise<void>((r) => (release = r));
    log.push('first end');
    throw new Error('boom');
  });
  const second = q.run(async () => {
    log.push('second');
    return 2;
  });
  assert.deepEqual(log, ['first start'], 'the first starts synchronously; the second waits');
  release();
  await assert.rejects(first, /boom/);
  assert.equal(await second, 2);
  assert.deepEqual(log, ['first start', 'first end', 'second']);
  let ranNow = false;
  void q.run(async () => (ranNow = true));
  assert.equal(ranNow, true, 'with nothing running, a pass starts at once');
});
