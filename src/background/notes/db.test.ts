import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDB } from 'idb';
import { MIGRATIONS, NOTES_DB_VERSION, openNotesDb, type Migration } from './db.ts';
import { entityNote, pageNote } from '../../core/notes/testing.ts';

let n = 0;
const fresh = () => `notes-db-test-${++n}`;

test('the ladder has one step per version; version 1 is the current one', () => {
  assert.equal(NOTES_DB_VERSION, MIGRATIONS.length);
  assert.equal(NOTES_DB_VERSION, 1);
});

test('upgrade 0 -> 1: the notes store keyed by id, with page, entity, tags (multi-entry) and updated indexes', async () => {
  const name = fresh();
  const db = await openNotesDb({ name });
  assert.equal(db.version, 1);
  assert.deepEqual([...db.objectStoreNames], ['notes']);
  const tx = db.transaction('notes');
  assert.equal(tx.store.keyPath, 'id');
  assert.deepEqual([...tx.store.indexNames].sort(), ['entity', 'page', 'tags', 'updated']);
  assert.equal(tx.store.index('page').keyPath, 'page.key');
  assert.equal(tx.store.index('entity').keyPath, 'entity.key');
  assert.equal(tx.store.index('tags').multiEntry, true);
  assert.equal(tx.store.index('updated').keyPath, 'updated');
  await tx.done;
  // the indexes answer: an entity note is in the entity index, a page note is not
  await db.put('notes', { ...pageNote(1), tags: ['a', 'b'] });
  await db.put('notes', entityNote(2, 'Xi Jinping'));
  assert.equal(await db.countFromIndex('notes', 'entity'), 1);
  assert.deepEqual(
    (await db.getAllFromIndex('notes', 'tags', 'b')).map((x) => x.id),
    [pageNote(1).id],
  );
  db.close();
});

test('upgrading from every earlier version keeps the data, step by step (the ladder with a later step)', async () => {
  // A second step of the kind a later version would add; it shows the ladder runs only the steps
  // above the stored version, and that data written at version 1 survives the upgrade.
  // (the cast: NotesDB's type lists the indexes of the current version only)
  const v2: Migration = (_db, tx) => tx.objectStore('notes').createIndex('created' as 'updated', 'created');
  const ladder = [...MIGRATIONS, v2];
  for (let from = 0; from < ladder.length; from++) {
    const name = fresh();
    if (from > 0) {
      const old = await openNotesDb({ name, migrations: ladder.slice(0, from) });
      await old.put('notes', pageNote(7));
      old.close();
    }
    const db = await openNotesDb({ name, migrations: ladder });
    assert.equal(db.version, 2, `from ${from}`);
    assert.deepEqual([...db.transaction('notes').store.indexNames].sort(), ['created', 'entity', 'page', 'tags', 'updated']);
    assert.equal(await db.count('notes'), from > 0 ? 1 : 0);
    if (from > 0) assert.deepEqual(await db.get('notes', pageNote(7).id), pageNote(7));
    db.close();
  }
});

test('a failing upgrade step rolls the whole upgrade back: the old version and its data stay', async () => {
  const name = fresh();
  const db = await openNotesDb({ name });
  await db.put('notes', pageNote(3));
  db.close();
  const broken: Migration = () => {
    throw new Error('step failed');
  };
  await assert.rejects(openNotesDb({ name, migrations: [...MIGRATIONS, broken] }));
  const again = await openNotesDb({ name });
  assert.equal(again.version, 1);
  assert.deepEqual(await again.get('notes', pageNote(3).id), pageNote(3));
  again.close();
});

test('an open connection steps aside for a newer version instead of blocking it', async () => {
  const name = fresh();
  let asked = 0;
  const db = await openNotesDb({
    name,
    onVersionChange: () => {
      asked++;
      db.close();
    },
  });
  const newer = await openDB(name, 2, { upgrade: () => undefined });
  assert.equal(asked, 1);
  assert.equal(newer.version, 2);
  newer.close();
});
