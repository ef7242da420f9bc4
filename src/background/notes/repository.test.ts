import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NotesRepository, NotesQuotaError } from './repository.ts';
import { entityNote, pageNote, selectionNote } from '../../core/notes/testing.ts';

const ARTICLE = readFileSync(new URL('../../../e2e/fixtures/seed/archyde-xi-putin.txt', import.meta.url), 'utf8');
let n = 0;
const repo = () => new NotesRepository({ name: `notes-repo-test-${++n}` });

test('put then get, byPage, byEntities, byTag, recent, all, count', async () => {
  const r = repo();
  const a = selectionNote(1, ARTICLE, 'Xi Jinping', 1);
  const b = { ...entityNote(2, 'Xi Jinping', 2), tags: ['china', 'leaders'] };
  const c = { ...pageNote(3, 1), tags: ['china'], updated: pageNote(3).updated + 99_000 };
  for (const x of [a, b, c]) assert.deepEqual(await r.put(x), x);
  assert.deepEqual(await r.get(a.id), a);
  assert.equal(await r.get('00000000-0000-4000-8000-00000000ffff'), undefined);
  assert.deepEqual(await r.byPage(a.page.key), [a, c]);
  assert.deepEqual(await r.byEntities(['PERSON:xi jinping', 'PERSON:nobody', 'PERSON:xi jinping']), [b]);
  assert.deepEqual(await r.byTag('china'), [b, c]);
  assert.deepEqual(
    (await r.recent(2)).map((x) => x.id),
    [c.id, b.id],
  );
  assert.deepEqual(await r.all(), [a, b, c]);
  assert.equal(await r.count(), 3);
  r.close();
});

test('a saved note is there for a new connection (it was committed before the put resolved)', async () => {
  const name = `notes-repo-test-${++n}`;
  const r1 = new NotesRepository({ name });
  await r1.put(pageNote(1));
  r1.close();
  const r2 = new NotesRepository({ name });
  assert.deepEqual(await r2.get(pageNote(1).id), pageNote(1));
  r2.close();
});

test('put refuses an invalid note with the reason, and stores nothing', async () => {
  const r = repo();
  await assert.rejects(r.put({ ...pageNote(1), text: 'x'.repeat(10_001) }), /invalid note: text: a note has at most 10000 characters/);
  await assert.rejects(r.put({ ...pageNote(1), id: 'not-a-uuid' }), /id: expected a lower-case UUID/);
  await assert.rejects(r.put({ ...pageNote(1), extra: 1 }), /extra: unexpected key/);
  await assert.rejects(r.put(null), /invalid note/);
  assert.equal(await r.count(), 0);
  r.close();
});

test('delete returns the note so it can be restored (undo), and null when there was none', async () => {
  const r = repo();
  const a = pageNote(1);
  await r.put(a);
  const gone = await r.delete(a.id);
  assert.deepEqual(gone, a);
  assert.equal(await r.get(a.id), undefined);
  assert.equal(await r.delete(a.id), null);
  await r.put(gone);
  assert.deepEqual(await r.get(a.id), a);
  r.close();
});

test('importMany: one transaction, merges by id keeping the newer copy, re-import changes nothing', async () => {
  const r = repo();
  const a = pageNote(1);
  const b = pageNote(2);
  await r.put(a);
  const newerA = { ...a, text: 'edited', updated: a.updated + 1 };
  assert.deepEqual(await r.importMany([newerA, b]), { added: 1, updated: 1, unchanged: 0 });
  assert.deepEqual(await r.importMany([newerA, b]), { added: 0, updated: 0, unchanged: 2 });
  assert.deepEqual(await r.importMany([a]), { added: 0, updated: 0, unchanged: 1 }); // older copy
  assert.deepEqual(await r.get(a.id), newerA);
  r.close();
});

test('importMany is all or nothing: one bad item, nothing written, the item named', async () => {
  const r = repo();
  await r.put(pageNote(1));
  await assert.rejects(r.importMany([pageNote(2), { ...pageNote(3), color: 'red' }]), /^Error: item 2: invalid note: color/);
  assert.equal(await r.count(), 1);
  r.close();
});

// Quota: the fake database never runs out of space, so the store's put fails the way a full disk
// makes the browser fail it (a QuotaExceededError DOMException).
function failPutsWithQuota(after: number): () => void {
  const proto = (globalThis as unknown as { IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } } }).IDBObjectStore.prototype;
  const put = proto.put;
  let calls = 0;
  proto.put = function (this: unknown, ...args: unknown[]) {
    if (++calls > after) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  return () => {
    proto.put = put;
  };
}

test('a quota error becomes a clear error, and nothing already saved is lost', async () => {
  const r = repo();
  const a = pageNote(1);
  await r.put(a);
  const restore = failPutsWithQuota(0);
  try {
    await assert.rejects(
      r.put({ ...a, text: 'an edit that does not fit' }),
      (e: unknown) => e instanceof NotesQuotaError && /Nothing already saved was lost/.test((e as Error).message),
    );
  } finally {
    restore();
  }
  assert.deepEqual(await r.get(a.id), a);
  r.close();
});

test('a quota error in the middle of an import writes none of it', async () => {
  const r = repo();
  await r.put(pageNote(1));
  const restore = failPutsWithQuota(2); // the third put fails
  try {
    await assert.rejects(r.importMany([pageNote(2), pageNote(3), pageNote(4), pageNote(5)]), NotesQuotaError);
  } finally {
    restore();
  }
  assert.deepEqual(
    (await r.all()).map((x) => x.id),
    [pageNote(1).id],
  );
  r.close();
});

/**
 * As Firefox does: a connection that saw a quota failure is closed under its user, and every later
 * transaction on it throws InvalidStateError.
 */
function closeConnectionsOnQuota(): () => void {
  const g = globalThis as unknown as {
    IDBObjectStore: { prototype: { put: (...a: unknown[]) => unknown } };
    IDBDatabase: { prototype: { transaction: (...a: unknown[]) => unknown } };
  };
  const stores = g.IDBObjectStore.prototype;
  const dbs = g.IDBDatabase.prototype;
  const { put } = stores;
  const { transaction } = dbs;
  const closed = new WeakSet<object>();
  let full = true;
  stores.put = function (this: { transaction: { db: object } }, ...args: unknown[]) {
    if (full) {
      closed.add(this.transaction.db);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  };
  dbs.transaction = function (this: object, ...args: unknown[]) {
    if (closed.has(this)) throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    return transaction.apply(this, args);
  };
  return () => {
    if (full) {
      full = false; // room again; the connections closed stay closed
      return;
    }
    stores.put = put;
    dbs.transaction = transaction;
  };
}

test('after a quota failure closed its connection (Firefox), a save works again once there is room', async () => {
  const r = repo();
  const a = pageNote(1);
  await r.put(a);
  const room = closeConnectionsOnQuota();
  try {
    await assert.rejects(r.put(pageNote(2)), NotesQuotaError);
    room();
    assert.deepEqual(await r.put(pageNote(2)), pageNote(2));
    assert.deepEqual(await r.delete(a.id), a);
    assert.deepEqual(await r.importMany([a]), { added: 1, updated: 0, unchanged: 0 });
  } finally {
    room();
  }
  assert.deepEqual(
    (await r.all()).map((x) => x.id),
    [a.id, pageNote(2).id],
  );
  r.close();
});

test('search: built from the database on first use, then kept in step with put, delete, import and clear', async () => {
  const name = `notes-repo-test-${++n}`;
  const first = new NotesRepository({ name });
  await first.put(pageNote(1, 1, 'pipelines to China'));
  first.close();
  const r = new NotesRepository({ name }); // a restarted background: the index starts empty
  assert.deepEqual(
    (await r.search('pipelines')).map((x) => x.id),
    [pageNote(1).id],
  );
  await r.put(pageNote(2, 1, 'more pipelines'));
  assert.equal((await r.search('pipelines')).length, 2);
  await r.delete(pageNote(1).id);
  assert.deepEqual(
    (await r.search('pipelines')).map((x) => x.id),
    [pageNote(2).id],
  );
  await r.importMany([pageNote(3, 1, 'pipelines again')]);
  assert.equal((await r.search('pipelines')).length, 2);
  assert.equal(await r.clear(), 2);
  assert.deepEqual(await r.search('pipelines'), []);
  r.close();
});

/** A restarted background's repository over `count` stored page notes about pipelines, with its index builds (first batch reads) counted. */
async function restartedWith(count: number): Promise<{ r: NotesRepository; reads: () => number }> {
  const name = `notes-repo-test-${++n}`;
  const first = new NotesRepository({ name });
  await first.importMany(Array.from({ length: count }, (_, i) => pageNote(i + 1, 1, `pipelines ${i + 1}`)));
  first.close();
  const r = new NotesRepository({ name });
  let reads = 0;
  const read = r.readBatch.bind(r);
  r.readBatch = (after, size) => (after === null && reads++, read(after, size));
  return { r, reads: () => reads };
}

test('warmSearch builds the index once: searches during the build wait for it, later ones find it built', async () => {
  const { r, reads } = await restartedWith(450); // three chunks: the build yields twice
  assert.equal(r.warmSearch(), false);
  assert.equal(r.warmSearch(), false);
  const during = await Promise.all([r.search('pipelines', 500), r.search('pipelines 7', 500)]);
  assert.equal(during[0].length, 450);
  assert.deepEqual(
    during[1].map((x) => x.id),
    [pageNote(7).id],
  );
  assert.equal(r.warmSearch(), true);
  assert.equal((await r.search('pipelines', 500)).length, 450);
  assert.equal(reads(), 1);
  r.close();
});

test('writes committed while the index is built are in it once built', async () => {
  const { r, reads } = await restartedWith(1100); // three batches read
  r.warmSearch();
  // Started with the build: they commit while it reads or indexes.
  await Promise.all([r.put(pageNote(5000, 1, 'pipelines added')), r.put(pageNote(2, 1, 'edited text')), r.delete(pageNote(3).id)]);
  const ids = (await r.search('pipelines', 2000)).map((x) => x.id);
  assert.equal(ids.length, 1099); // 1100, one added, one edited away, one deleted
  assert.ok(ids.includes(pageNote(5000).id));
  assert.ok(!ids.includes(pageNote(2).id) && !ids.includes(pageNote(3).id));
  assert.deepEqual(
    (await r.search('edited')).map((x) => x.id),
    [pageNote(2).id],
  );
  assert.equal((await r.search('pipelines 1100')).length, 1); // the last batch
  assert.equal(reads(), 1);
  r.close();
});

test("writes committed between the build's reads are replayed in order, clear included", async () => {
  const { r, reads } = await restartedWith(600); // two batches read
  const read = r.readBatch;
  // The writes land after the first batch was read, before the second: some seen by no read, some by the second.
  r.readBatch = async (after, size) => {
    const notes = await read(after, size);
    if (after === null) {
      await r.put(pageNote(2000, 1, 'pipelines before the clear'));
      await r.clear();
      await r.put(pageNote(2001, 1, 'pipelines after the clear'));
      await r.importMany([pageNote(2002, 1, 'pipelines imported')]);
      await r.delete(pageNote(2002).id);
    }
    return notes;
  };
  assert.deepEqual(
    (await r.search('pipelines', 500)).map((x) => x.id),
    [pageNote(2001).id],
  );
  assert.equal(reads(), 1);
  r.close();
});

test('a failed build is reported to the search waiting for it, and the next search builds again', async () => {
  const { r } = await restartedWith(3);
  const read = r.readBatch;
  r.readBatch = () => Promise.reject(new Error('disk gone'));
  assert.equal(r.warmSearch(), false); // the warm-up itself reports nothing
  await assert.rejects(r.search('pipelines'), /disk gone/);
  r.readBatch = read;
  assert.equal((await r.search('pipelines')).length, 3);
  r.close();
});
