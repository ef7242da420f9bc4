/**
 * Full-text search over notes: their text, quote, tags, page title and entity name, with
 * minisearch (prefix and light fuzzy matching, diacritics folded). The index follows the notes
 * it is told about (add, update, remove by id); it can be saved as JSON and loaded again, so
 * the background can rebuild it from the database or restore a saved copy.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { Note } from './model.ts';

interface Doc {
  id: string;
  text: string;
  quote: string;
  tags: string;
  title: string;
  entity: string;
}

function toDoc(n: Note): Doc {
  return {
    id: n.id,
    text: n.text,
    quote: n.kind === 'selection' ? n.selectors[0].exact : '',
    tags: n.tags.join(' '),
    title: n.page.title,
    entity: n.kind === 'entity' ? n.entity.name : '',
  };
}

const fold = (term: string) =>
  term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

const OPTIONS: Options<Doc> = {
  fields: ['text', 'quote', 'tags', 'title', 'entity'],
  storeFields: [],
  processTerm: (term) => fold(term) || null,
  searchOptions: {
    boost: { text: 2, tags: 2, quote: 1.5, entity: 1.5, title: 1 },
    prefix: (term) => term.length >= 2,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    combineWith: 'AND',
  },
};

export interface SearchHit {
  id: string;
  score: number;
}

export class NoteIndex {
  private index: MiniSearch<Doc>;

  constructor(notes: Iterable<Note> = []) {
    this.index = new MiniSearch(OPTIONS);
    this.index.addAll([...notes].map(toDoc));
  }

  /**
   * Adds notes not in the index yet, a chunk at a time, yielding to the event loop between chunks
   * (a timer), so requests that arrive during a long build are answered meanwhile.
   */
  async addMany(notes: readonly Note[], chunkSize = 200): Promise<void> {
    await this.index.addAllAsync(notes.map(toDoc), { chunkSize });
  }

  /** Adds a note, or replaces the one with its id. */
  put(note: Note): void {
    if (this.index.has(note.id)) this.index.replace(toDoc(note));
    else this.index.add(toDoc(note));
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
  }

  clear(): void {
    this.index.removeAll();
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** Ids of the notes that match every word of `query`, best first, at most `limit`. */
  search(query: string, limit = 50): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    return this.index
      .search(q)
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), score: r.score }));
  }

  toJSON(): unknown {
    return this.index.toJSON();
  }

  static fromJSON(json: string): NoteIndex {
    const idx = new NoteIndex();
    idx.index = MiniSearch.loadJSON(json, OPTIONS);
    return idx;
  }
}
