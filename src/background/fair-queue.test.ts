import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FairQueue } from './fair-queue.ts';

/** A task that finishes when the test says so. */
function gate(): { task: () => Promise<string>; open: (v: string) => void; started: () => boolean } {
  let started = false;
  let open!: (v: string) => void;
  const done = new Promise<string>((r) => (open = r));
  return { task: () => ((started = true), done), open, started: () => started };
}

const settle = () => new Promise((r) => setImmediate(r));

test('fair queue: tabs take turns; a tab with many requests never goes before another tab', async () => {
  const q = new FairQueue(1, 10);
  const order: string[] = [];
  const gates = new Map<string, ReturnType<typeof gate>>();
  const ask = (tab: string, n: number) => {
    const g = gate();
    gates.set(`${tab}${n}`, g);
    void q.run(tab, () => (order.push(`${tab}${n}`), g.task()));
  };
  ask('hostile', 1);
  ask('hostile', 2);
  ask('hostile', 3);
  ask('normal', 1);
  await settle();
  assert.deepEqual(order, ['hostile1'], 'one at a time');
  assert.deepEqual([q.active, q.pending], [1, 3]);
  gates.get('hostile1')!.open('x');
  await settle();
  assert.deepEqual(order, ['hostile1', 'normal1'], "the other tab's request goes next, not the hostile tab's backlog");
  gates.get('normal1')!.open('x');
  await settle();
  gates.get('hostile2')!.open('x');
  await settle();
  assert.deepEqual(order, ['hostile1', 'normal1', 'hostile2', 'hostile3']);
});

test('fair queue: runs up to its concurrency at once, and a slow task does not stop the next one', async () => {
  const q = new FairQueue(2, 10);
  const slow = gate();
  const fast = gate();
  const p1 = q.run('a', slow.task);
  const p2 = q.run('b', fast.task);
  await settle();
  assert.ok(slow.started() && fast.started());
  assert.equal(q.active, 2);
  fast.open('fast');
  assert.equal(await p2, 'fast');
  slow.open('slow');
  assert.equal(await p1, 'slow');
  await settle();
  assert.equal(q.active, 0);
});

test('fair queue: a tab over its limit gets a clear error; a failed task frees its place', async () => {
  const q = new FairQueue(1, 2);
  const g = gate();
  const first = q.run('t', g.task);
  const second = q.run('t', () => Promise.reject(new Error('analysis stopped')));
  await assert.rejects(q.run('t', g.task), /^Error: too many analyses in progress for this tab \(2\)/);
  g.open('ok');
  assert.equal(await first, 'ok');
  await assert.rejects(second, /analysis stopped/);
  assert.equal(await q.run('t', async () => 'again'), 'again');
});
