/**
 * The notes database: one IndexedDB database in the extension's origin, opened only by the
 * background (content scripts and extension pages ask it through the protocol).
 *
 * The schema evolves by an ordered list of migrations: migration i takes the database from
 * version i to i + 1, and opening runs every step above the stored version, in order, in the one
 * upgrade transaction IndexedDB gives (so a failed step rolls the whole upgrade back and the old
 * data stays as it was). A new version is a new entry at the end of MIGRATIONS, never an edit of
 * an old one: browsers that ran the old one keep its result.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Note } from '../../core/notes/model.ts';

const NOTES_DB_NAME = 'archyde-notes';

export interface NotesDB extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { page: string; entity: string; tags: string; updated: number };
  };
}

type UpgradeTx = IDBPTransaction<NotesDB, StoreNames<NotesDB>[], 'versionchange'>;
export type Migration = (db: IDBPDatabase<NotesDB>, tx: UpgradeTx) => void;

export const MIGRATIONS: readonly Migration[] = [
  // 0 -> 1: the notes, keyed by id; indexes for a page's notes, an entity's notes (on every
  // page), a tag's notes and the most recently changed (entity.key is absent on other kinds of
  // note, and IndexedDB leaves a record out of an index whose key path it lacks).
  (db) => {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('page', 'page.key');
    notes.createIndex('entity', 'entity.key');
    notes.createIndex('tags', 'tags', { multiEntry: true });
    notes.createIndex('updated', 'updated');
  },
];

export const NOTES_DB_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  name?: string;
  migrations?: readonly Migration[];
  /** Another connection wants a newer version (an updated extension): this one must close. */
  onVersionChange?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

export function openNotesDb(options: OpenOptions = {}): Promise<IDBPDatabase<NotesDB>> {
  const migrations = options.migrations ?? MIGRATIONS;
  return openDB<NotesDB>(options.name ?? NOTES_DB_NAME, migrations.length, {
    upgrade(db, oldVersion, newVersion, tx) {
      // A failing step aborts the upgrade; openDB rejects with that, so its `done` is not news.
      tx.done.catch(() => undefined);
      for (let v = oldVersion; v < (newVersion ?? migrations.length); v++) migrations[v]!(db, tx);
    },
    blocking() {
      options.onVersionChange?.();
    },
    terminated() {
      options.onTerminated?.();
    },
  });
}
