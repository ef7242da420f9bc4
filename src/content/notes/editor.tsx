/**
 * The note editor: the quoted passage, the note (plain text, line breaks kept), optional tags and
 * a colour. Ctrl+Enter (⌘+Enter) saves from any field, Esc cancels. A failed save shows why and
 * keeps everything typed. Rendered inside the notes layer's closed shadow root.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NOTE_COLORS, type NoteColor } from '../../core/notes/model';
import { formatTags, parseTags } from '../../core/notes/tags';
import type { NoteFields } from './store';
import { noteText } from './text';
import { errorText } from '../../shared/error-text';
import { editorKeys } from '../../ui/notes/editor-keys';

export interface EditorProps {
  quote: string;
  initial: NoteFields;
  editing: boolean;
  /** Resolves once stored; rejects with the reason it was not. */
  onSave(fields: NoteFields): Promise<void>;
  onCancel(): void;
}

export function Editor({ quote, initial, editing, onSave, onCancel }: EditorProps) {
  const [text, setText] = useState(initial.text);
  const [tags, setTags] = useState(formatTags(initial.tags));
  const [color, setColor] = useState<NoteColor | null>(initial.color);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const tagsField = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    const f = field.current;
    if (!f) return;
    f.focus();
    f.setSelectionRange?.(f.value.length, f.value.length); // editing: the caret after the text
  }, []);

  const save = async () => {
    if (busy) return;
    // The fields' own values: a key pressed right after typing may come before the re-render.
    const body = field.current?.value ?? text;
    const parsed = parseTags(tagsField.current?.value ?? tags);
    if (body.trim() === '') return setError(noteText.empty());
    if (!parsed.ok) return setError(parsed.error === 'tooLong' ? noteText.tagTooLong(parsed.tag ?? '') : noteText.tooManyTags());
    setBusy(true);
    setError(null);
    try {
      await onSave({ text: body, tags: parsed.tags, color });
    } catch (err) {
      setError(noteText.saveFailed(errorText(err))); // everything typed stays
      field.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = editorKeys(() => void save(), onCancel);

  return (
    <form
      class="editor"
      data-color={color ?? NOTE_COLORS[0]}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="aa-note-title">{editing ? noteText.editTitle() : noteText.newTitle()}</h2>
      <blockquote class="quote">{quote}</blockquote>
      <label for="aa-note-text">{noteText.fieldLabel()}</label>
      <textarea
        id="aa-note-text"
        ref={field}
        rows={4}
        value={text}
        aria-describedby="aa-note-hint"
        aria-invalid={error ? 'true' : 'false'}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p id="aa-note-hint" class="hint">
        {noteText.hint()}
      </p>
      <label for="aa-note-tags">{noteText.tagsLabel()}</label>
      <input id="aa-note-tags" ref={tagsField} type="text" value={tags} onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
      <fieldset>
        <legend>{noteText.colorLabel()}</legend>
        <div class="colors" role="radiogroup" aria-label={noteText.colorLabel()}>
          {NOTE_COLORS.map((c) => (
            <label key={c} data-color={c}>
              <input type="radio" name="aa-note-color" value={c} checked={(color ?? NOTE_COLORS[0]) === c} onChange={() => setColor(c)} />
              <span class="swatch" aria-hidden="true" />
              {noteText.color(c)}
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" aria-disabled={busy ? 'true' : 'false'}>
          {noteText.save()}
        </button>
        <button type="button" onClick={onCancel}>
          {noteText.cancel()}
        </button>
      </div>
    </form>
  );
}
