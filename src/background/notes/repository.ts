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

/** Notes read at a time when the search index is built. */
const BUILD_BATCH = 500;

const byCreated = (a: Note, b: Note) => a.created - b.created || (a.id < b.id ? -1 : 1);

export class NotesRepository {
  private db: Promise<IDBPDatabase<NotesDB>> | null = null;
  private index: NoteIndex | null = null;
  /** The one build of the index under way, which every search and warm-up waits for. */
  private building: Promise<NoteIndex> | null = null;
  /**
   * While the index is built: the changes of the writes committed since the build started,
   * replayed onto the built index in commit order. Each change is idempotent (put replaces, remove
   * and clear accept what is gone), so a write the build's reads already saw is harmless, and a
   * note's last write wins whichever batch read it.
   */
  private missed: ((index: NoteIndex) => void)[] | null = null;

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
    this.indexed((i) => i.put(note));
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
    if (old) this.indexed((i) => i.remove(id));
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
    this.indexed((i) => written.forEach((n) => i.put(n)));
    return summary;
  }

  /** Deletes every note; returns how many there were. */
  async clear(): Promise<number> {
    const tx = await this.writeTx();
    const n = await tx.store.count();
    await tx.store.clear();
    await this.writing(() => tx.done);
    this.indexed((i) => i.clear());
    return n;
  }

  /** Applies a committed write to the index: at once when it is built, after the build when one is under way. */
  private indexed(change: (index: NoteIndex) => void): void {
    if (this.index) change(this.index);
    else this.missed?.push(change);
  }

  /** The search index, built from the database by one build however many ask while it runs. */
  private searchIndex(): Promise<NoteIndex> {
    if (this.index) return Promise.resolve(this.index);
    this.building ??= this.build().finally(() => (this.building = null));
    return this.building;
  }

  /**
   * Every note, read in batches by id, each batch in a transaction of its own, so the other
   * requests' transactions (and their answers) run between batches rather than after one read of
   * everything. The batches together are no snapshot: the build replays the writes made meanwhile.
   */
  async readBatch(afterId: string | null, size: number): Promise<Note[]> {
    return (await this.open()).getAll('notes', afterId === null ? undefined : IDBKeyRange.lowerBound(afterId, true), size);
  }

  private async build(): Promise<NoteIndex> {
    const missed: ((index: NoteIndex) => void)[] = [];
    this.missed = missed;
    try {
      const index = new NoteIndex();
      for (let after: string | null = null; ;) {
        const batch = await this.readBatch(after, BUILD_BATCH);
        await index.addMany(batch);
        if (batch.length < BUILD_BATCH) break;
        after = batch[batch.length - 1]!.id;
      }
      for (const change of missed) change(index);
      this.index = index;
      return index;
    } finally {
      this.missed = null;
    }
  }

  /**
   * Starts building the search index if it is not built (the popup asks when it opens, so the
   * reader's first search finds it ready); answers at once whether it was already built. A failed
   * build is left for the next search to try again and report.
   */
  warmSearch(): boolean {
    if (this.index) return true;
    this.searchIndex().catch(() => undefined);
    return false;
  }

  /**
   * Full-text search, best first. The index is built from the database on first use (the
   * background may have been restarted since the last search) and kept in step afterwards.
   */
  async search(query: string, limit = 50): Promise<Note[]> {
    const hits = (await this.searchIndex()).search(query, limit);
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
