/**
 * The page's selection notes as the background keeps them: the content script never opens the
 * database; it asks through the `notes/*` requests, which the background validates and limits to
 * this page's site. Writes resolve once the background has stored them.
 */
import { newNoteId, type Note, type NoteColor, type NoteSelectors, type SelectionNote } from '../../core/notes/model';
import { NoAnswerError, sendToBackground } from '../../shared/messaging';
import { retrying } from '../../shared/retry';
import { thisPage } from './this-page';

/** A background that is starting (or restarting after an update) may not answer at once. */
const LIST_RETRIES_MS = [250, 1000, 4000];

export const isSelectionNote = (n: Note): n is SelectionNote => n.kind === 'selection';

export interface NoteFields {
  text: string;
  tags: string[];
  color: NoteColor | null;
}

export class SelectionNotesStore {
  constructor(private readonly doc: Document) {}

  pageKey(): string {
    return thisPage(this.doc).key;
  }

  /** The page's selection notes; asked again while the background does not answer yet. */
  async list(): Promise<SelectionNote[]> {
    const all = await retrying(
      () => sendToBackground('notes/byPage', { pageKey: this.pageKey() }),
      LIST_RETRIES_MS,
      (e) => e instanceof NoAnswerError,
    );
    return all.filter(isSelectionNote);
  }

  /** A new note on `selectors`, or an edit of `previous` (its place is kept). */
  save(fields: NoteFields, target: { selectors: NoteSelectors } | { previous: SelectionNote }): Promise<SelectionNote> {
    const now = Date.now();
    const note: SelectionNote =
      'previous' in target
        ? { ...target.previous, ...fields, updated: Math.max(now, target.previous.updated) }
        : { kind: 'selection', id: newNoteId(), page: thisPage(this.doc), selectors: target.selectors, ...fields, created: now, updated: now };
    return sendToBackground('notes/save', { note }) as Promise<SelectionNote>;
  }

  /** Deletes a note; resolves with it (to restore on undo), or null when it was already gone. */
  async remove(id: string): Promise<SelectionNote | null> {
    const { deleted } = await sendToBackground('notes/delete', { id });
    return deleted && isSelectionNote(deleted) ? deleted : null;
  }

  /** Saves a deleted note again, exactly as it was. */
  async restore(note: SelectionNote): Promise<void> {
    await sendToBackground('notes/save', { note });
  }
}
