/**
 * What the card's notes section needs from its context: the notes of one entity, and the
 * actions on them. The page's card (src/content/card/notes.ts) and the popup each supply one;
 * the card works without (it then shows that there are no notes).
 */
import type { EntityNote } from '../../core/notes/model';

/** The section's words, already translated (see notes-text.ts), so the card itself needs no extension API. */
export interface NotesText {
  empty: string;
  loading: string;
  add: string;
  fieldLabel: string;
  hint: string;
  save: string;
  cancel: string;
  edit: string;
  remove: string;
  /** Hidden words that say which note an Edit or Delete button acts on. */
  noteOf: (date: string) => string;
  deleted: string;
  undo: string;
  saveFailed: (reason: string) => string;
  deleteFailed: (reason: string) => string;
  loadFailed: (reason: string) => string;
  date: (ms: number) => string;
}

export interface EntityNotesPort {
  /** Which entity's notes these are; a different key is a different list. */
  key: string;
  text: NotesText;
  /** The entity's notes from every page, in any order. */
  list(): Promise<EntityNote[]>;
  /** Calls `onChange` whenever these notes may have changed (in any tab); returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
  /** Saves a new note (`previous` null) or an edit of `previous`; resolves once stored. */
  save(text: string, previous: EntityNote | null): Promise<EntityNote>;
  /** Deletes a note; resolves with the deleted note (to restore on undo), or null when it was gone. */
  remove(id: string): Promise<EntityNote | null>;
  /** Saves a deleted note again, exactly as it was. */
  restore(note: EntityNote): Promise<void>;
}
