/**
 * A selection note as its card shows it: the passage, the note as text (http(s) addresses as
 * links that open in a new tab, nothing else interpreted: ui/notes/NoteText.tsx), its tags and
 * date, Edit and Delete; after a delete, Undo for a few seconds.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SelectionNote } from '../../core/notes/model';
import { noteText } from './text';
import { errorText } from '../../shared/error-text';
import { NoteText } from '../../ui/notes/NoteText';
import { UNDO_MS } from '../../ui/notes/use-undo';

export interface NoteCardProps {
  note: SelectionNote;
  /** Focus the card's first control when it opens (keyboard opens). */
  focus: boolean;
  onEdit(): void;
  /** Resolves once deleted; rejects with the reason it was not. */
  onDelete(): Promise<void>;
  onClose(): void;
}

export function NoteCard({ note, focus, onEdit, onDelete, onClose }: NoteCardProps) {
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (focus) first.current?.focus();
  }, [note.id, focus]);
  const remove = async () => {
    setError(null);
    try {
      await onDelete();
    } catch (err) {
      setError(noteText.deleteFailed(errorText(err)));
    }
  };
  return (
    <div class="card" data-color={note.color ?? 'yellow'}>
      <h2 id="aa-note-title">{noteText.cardTitle()}</h2>
      <blockquote class="quote">{note.selectors[0].exact}</blockquote>
      <NoteText text={note.text} />
      {note.tags.length > 0 && (
        <ul class="tags">
          {note.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      <p class="meta">
        <time dateTime={new Date(note.created).toISOString()}>{noteText.written(note.created)}</time>
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="button" ref={first} onClick={onEdit}>
          {noteText.edit()}
        </button>
        <button type="button" onClick={() => void remove()}>
          {noteText.remove()}
        </button>
        <button type="button" onClick={onClose}>
          {noteText.close()}
        </button>
      </div>
    </div>
  );
}

export interface DeletedProps {
  onUndo(): Promise<void>;
  /** The offer ran out (or the reader moved on). */
  onExpire(): void;
}

export function Deleted({ onUndo, onExpire }: DeletedProps) {
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const start = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const b = button.current;
      const root = b?.getRootNode() as ShadowRoot | undefined;
      if (b && (root?.activeElement === b || b.matches(':hover'))) return; // blur or mouseleave restarts it
      onExpire();
    }, UNDO_MS);
  };
  useLayoutEffect(() => {
    button.current?.focus();
    start();
    return () => clearTimeout(timer.current);
  }, []);
  const undo = async () => {
    clearTimeout(timer.current);
    try {
      await onUndo();
    } catch (err) {
      setError(noteText.saveFailed(errorText(err)));
    }
  };
  return (
    <div class="deleted">
      <p role="status" id="aa-note-title">
        {noteText.deleted()}{' '}
        <button
          type="button"
          ref={button}
          onClick={() => void undo()}
          onBlur={start}
          onMouseLeave={start}
          onFocus={() => clearTimeout(timer.current)}
          onMouseEnter={() => clearTimeout(timer.current)}
        >
          {noteText.undo()}
        </button>
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
