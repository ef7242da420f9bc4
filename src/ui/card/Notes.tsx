/**
 * The card's notes section: the entity's notes, newest first, and a form to add or edit one.
 * Note text is rendered as text children (preact escapes it) with http(s) addresses as links;
 * nothing in a note is ever parsed as markup.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntityNote } from '../../core/notes/model';
import { NoteText } from '../notes/NoteText';
import { useUndo } from '../notes/use-undo';
import type { EntityNotesPort } from './notes-port';
import { errorText } from '../../shared/error-text';
import { editorKeys } from '../notes/editor-keys';

type Editing = { note: EntityNote | null } | null;

export function Notes({ port }: { port: EntityNotesPort }) {
  const { text } = port;
  const [notes, setNotes] = useState<EntityNote[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const undoWindow = useUndo<EntityNote>();
  const deleted = undoWindow.item;
  const field = useRef<HTMLTextAreaElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const undoButton = undoWindow.ref;
  const live = useRef(true);
  const loads = useRef(0);
  const focusNext = useRef<'field' | 'add' | 'undo' | null>(null);
  /** The section's control that last had focus: when a render removes it, focus must stay in the card. */
  const lastFocused = useRef<HTMLElement | null>(null);

  const load = async (): Promise<void> => {
    const n = ++loads.current;
    try {
      const list = await port.list();
      if (!live.current || n !== loads.current) return; // a later load answers for the newer state
      setNotes([...list].sort((a, b) => b.created - a.created || b.updated - a.updated));
    } catch (err) {
      if (live.current && n === loads.current) setError(text.loadFailed(errorText(err)));
    }
  };

  useEffect(() => {
    live.current = true;
    void load();
    const off = port.subscribe(() => void load());
    return () => {
      live.current = false;
      off();
    };
  }, [port]);

  // Synchronously after the render that removed the focused control, so focus never falls out of the card.
  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'field') field.current?.focus();
    else if (target === 'add') addButton.current?.focus();
    else if (target === 'undo') undoButton.current?.focus();
    else if (lastFocused.current && !lastFocused.current.isConnected) {
      // A refresh removed the focused control (its note was deleted, here or in another tab):
      // without this, focus would fall out of the card and the card would close.
      (undoButton.current ?? addButton.current ?? field.current)?.focus();
    }
  });

  const open = (note: EntityNote | null) => {
    setEditing({ note });
    setDraft(note?.text ?? '');
    setError(null);
    focusNext.current = 'field';
  };
  const cancel = () => {
    setEditing(null);
    setDraft('');
    setError(null);
    focusNext.current = 'add';
  };
  const save = async () => {
    // The field's own value: a key pressed right after typing may come before the re-render.
    const body = field.current?.value ?? draft;
    if (!editing || busy || body.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      await port.save(body, editing.note);
      if (!live.current) return;
      setEditing(null);
      setDraft('');
      focusNext.current = 'add';
      await load();
    } catch (err) {
      if (live.current) setError(text.saveFailed(errorText(err))); // the draft stays in the field
    } finally {
      if (live.current) setBusy(false);
    }
  };
  const remove = async (note: EntityNote) => {
    setError(null);
    try {
      const gone = await port.remove(note.id);
      if (!live.current) return;
      if (editing?.note?.id === note.id) cancel();
      if (gone) {
        undoWindow.offer(gone);
        focusNext.current = 'undo';
      }
      await load();
    } catch (err) {
      if (live.current) setError(text.deleteFailed(errorText(err)));
    }
  };
  const undo = async () => {
    const note = deleted;
    if (!note) return;
    undoWindow.hold();
    try {
      await port.restore(note);
      if (!live.current) return;
      undoWindow.dismiss();
      focusNext.current = 'add';
      await load();
    } catch (err) {
      if (live.current) setError(text.saveFailed(errorText(err)));
    }
  };

  const onFieldKey = editorKeys(() => void save(), cancel);

  return (
    <div class="notes" onFocusIn={(e) => (lastFocused.current = e.target as HTMLElement)}>
      {notes === null ? (
        !error && <p class="empty">{text.loading}</p>
      ) : notes.length === 0 ? (
        <p class="empty">{text.empty}</p>
      ) : (
        <ul class="note-list">
          {notes.map((n) => {
            const date = text.date(n.created);
            return (
              <li key={n.id} class="note" data-note-id={n.id}>
                <NoteText text={n.text} />
                <div class="note-meta">
                  <time dateTime={new Date(n.created).toISOString()}>{date}</time>
                  <button type="button" class="link" onClick={() => open(n)}>
                    {text.edit}
                    <span class="sr">{text.noteOf(date)}</span>
                  </button>
                  <button type="button" class="link" onClick={() => void remove(n)}>
                    {text.remove}
                    <span class="sr">{text.noteOf(date)}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {deleted && (
        <p class="note-undo" role="status">
          {text.deleted}{' '}
          <button type="button" ref={undoButton} onClick={() => void undo()} {...undoWindow.buttonProps}>
            {text.undo}
          </button>
        </p>
      )}
      {error && (
        <p class="note-error" role="alert">
          {error}
        </p>
      )}
      {editing ? (
        <form
          class="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label for="aa-note-field">{text.fieldLabel}</label>
          <textarea
            id="aa-note-field"
            ref={field}
            rows={3}
            value={draft}
            aria-describedby="aa-note-hint"
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={onFieldKey}
          />
          <p id="aa-note-hint" class="empty">
            {text.hint}
          </p>
          <div class="row">
            <button type="submit" aria-disabled={busy || draft.trim() === '' ? 'true' : 'false'}>
              {text.save}
            </button>
            <button type="button" onClick={cancel}>
              {text.cancel}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" ref={addButton} onClick={() => open(null)}>
          {text.add}
        </button>
      )}
    </div>
  );
}
