/**
 * The notes store: every read and write of notes goes through here. A write resolves only once
 * its transaction has committed (`tx.done`), so a note acknowledged to the reader is on disk; a
 * failed write (quota, closed database) rejects and leaves every earlier note as it was.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { parseNote, type Note } from '../../core/notes/model.ts';
import { NoteIndex } from '../../core/notes/search.ts';
import { openNotesDb, type NotesDB, type OpenOptions } from './db.ts';

/** The store ran out of space. Its message is meant for the reader. */
export class NotesQuotaError extends Error {
  constructor() {
    super('Not enough storage space to save notes. Nothing already saved was lost; free some disk space and try again.');
    this.name = 'NotesQuotaError';
  }
}

function isQuota(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  // Firefox also reports a full disk for an origin as NS_ERROR_FILE_NO_DEVICE_SPACE in some versions.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_FILE_NO_DEVICE_SPACE';
}

/** Runs a write; a quota failure, thrown at once or when the transaction ends, becomes NotesQuotaError. */
async function settle<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isQuota(e)) throw new NotesQuotaError();
    throw e;
  }
}

/** What db.transaction() throws on a connection the browser has closed without telling us. */
const isClosedConnection = (e: unknown): boolean => (e as { name?: unknown } | null)?.name === 'InvalidStateError';

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

const byCreated = (a: Note, b: Note) => a.created - b.created || (a.id < b.id ? -1 : 1);

export class NotesRepository {
  private db: Promise<IDBPDatabase<NotesDB>> | null = null;
  private index: NoteIndex | null = null;
  /** Committed writes so far: an index built from a read that a write overtook is built again. */
  private writes = 0;

  constructor(private readonly options: OpenOptions = {}) {}

  private open(): Promise<IDBPDatabase<NotesDB>> {
    if (!this.db) {
      const forget = () => {
        const old = this.db;
        this.db = null;
        void old?.then(
          (d) => d.close(),
          () => undefined,
        );
      };
      this.db = openNotesDb({ ...this.options, onVersionChange: forget, onTerminated: forget });
      this.db.catch(() => (this.db = null)); // the next call tries again
    }
    return this.db;
  }

  /** Closes the connection; the next call opens a new one. */
  private reconnect(): void {
    const old = this.db;
    this.db = null;
    void old?.then(
      (d) => d.close(),
      () => undefined,
    );
  }

  /**
   * A read-write transaction on the notes. Firefox closes a connection one of whose transactions
   * ran out of space, and every later transaction on it throws InvalidStateError even once there
   * is room again; such a connection is replaced (once), as is the one a quota failure happened on
   * (see `writing`), so a save after the reader frees space works without restarting the browser.
   */
  private async writeTx(): Promise<IDBPTransaction<NotesDB, ['notes'], 'readwrite'>> {
    try {
      return (await this.open()).transaction('notes', 'readwrite');
    } catch (e) {
      if (!isClosedConnection(e)) throw e;
      this.reconnect();
      return (await this.open()).transaction('notes', 'readwrite');
    }
  }

  /** Runs a write (see settle); a quota failure also drops the connection it happened on. */
  private async writing<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await settle(work);
    } catch (e) {
      if (e instanceof NotesQuotaError) this.reconnect();
      throw e;
    }
  }

  /** Saves (creates or replaces) a note after checking it; resolves once it is stored. */
  async put(value: unknown): Promise<Note> {
    const note = parseNote(value);
    const tx = await this.writeTx();
    await this.writing(() => Promise.all([tx.store.put(note), tx.done]));
    this.writes++;
    this.index?.put(note);
    return note;
  }

  async get(id: string): Promise<Note | undefined> {
    return (await this.open()).get('notes', id);
  }

  /** A page's notes (every kind made on it), oldest first. */
  async byPage(pageKey: string): Promise<Note[]> {
    return (await (await this.open()).getAllFromIndex('notes', 'page', pageKey)).sort(byCreated);
  }

  /** Entity notes for any of the given entity keys, from every page, oldest first. */
  async byEntities(keys: readonly string[]): Promise<Note[]> {
    const db = await this.open();
    const tx = db.transaction('notes');
    const lists = await Promise.all([...new Set(keys)].map((k) => tx.store.index('entity').getAll(k)));
    await tx.done;
    return lists.flat().sort(byCreated);
  }

  async byTag(tag: string): Promise<Note[]> {
    return (await (await this.open()).getAllFromIndex('notes', 'tags', tag)).sort(byCreated);
  }

  /** The most recently changed notes first. */
  async recent(limit: number): Promise<Note[]> {
    const db = await this.open();
    const out: Note[] = [];
    let cursor = await db.transaction('notes').store.index('updated').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }

  async all(): Promise<Note[]> {
    return (await (await this.open()).getAll('notes')).sort(byCreated);
  }

  async count(): Promise<number> {
    return (await this.open()).count('notes');
  }

  /**
   * Deletes a note and returns it (null when there was none), so the UI can offer undo by
   * saving the returned note again: the store keeps no tombstones.
   */
  async delete(id: string): Promise<Note | null> {
    const tx = await this.writeTx();
    const old = await tx.store.get(id);
    if (old) await tx.store.delete(id);
    await this.writing(() => tx.done);
    this.writes++;
    if (old) this.index?.remove(id);
    return old ?? null;
  }

  /**
   * Saves many notes in one transaction, all or nothing: each is checked first, then new ids are
   * added and known ids replaced only by a newer copy (by `updated`), so importing a file twice
   * changes nothing the second time.
   */
  async importMany(values: readonly unknown[]): Promise<ImportSummary> {
    const notes = values.map((v, i) => {
      try {
        return parseNote(v);
      } catch (e) {
        throw new Error(`item ${i + 1}: ${(e as Error).message}`);
      }
    });
    const tx = await this.writeTx();
    const summary: ImportSummary = { added: 0, updated: 0, unchanged: 0 };
    const written: Note[] = [];
    const work = (async () => {
      for (const n of notes) {
        const old = await tx.store.get(n.id);
        if (old && old.updated >= n.updated) {
          summary.unchanged++;
          continue;
        }
        if (old) summary.updated++;
        else summary.added++;
        written.push(n);
        await tx.store.put(n);
      }
    })();
    try {
      await this.writing(() => Promise.all([work, tx.done]));
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
      throw e;
    }
    this.writes++;
    for (const n of written) this.index?.put(n);
    return summary;
  }

  /** Deletes every note; returns how many there were. */
  async clear(): Promise<number> {
    const tx = await this.writeTx();
    const n = await tx.store.count();
    await tx.store.clear();
    await this.writing(() => tx.done);
    this.writes++;
    this.index?.clear();
    return n;
  }

  /**
   * Full-text search, best first. The index is built from the database on first use (the
   * background may have been restarted since the last search) and kept in step afterwards.
   */
  async search(query: string, limit = 50): Promise<Note[]> {
    while (!this.index) {
      const before = this.writes;
      const notes = await this.all();
      if (this.writes === before) this.index = new NoteIndex(notes);
    }
    const hits = this.index.search(query, limit);
    const db = await this.open();
    const tx = db.transaction('notes');
    const notes = await Promise.all(hits.map((h) => tx.store.get(h.id)));
    await tx.done;
    return notes.filter((n): n is Note => n !== undefined);
  }

  close(): void {
    this.reconnect();
  }
}
