/**
 * The popup's note form: text (line breaks kept), tags separated by commas, and a colour. Checks
 * the draft before sending it; a save that fails (quota, a closed database) shows why and keeps
 * everything typed. Ctrl+Enter saves, Esc cancels.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { NOTE_COLORS } from '../../core/notes/model';
import { colorName } from '../../ui/notes/color-name';
import { draftProblem, type Draft, type DraftProblem } from './draft';
import { errorText } from '../../shared/error-text';
import { editorKeys } from '../../ui/notes/editor-keys';

interface Props {
  /** Unique among the popup's forms: the fields' ids start with it. */
  id: string;
  initial: Draft;
  /** Resolves once stored; rejects with the reason it was not. */
  onSave(draft: Draft): Promise<void>;
  onCancel(): void;
}

function problemText(p: DraftProblem): string {
  switch (p.kind) {
    case 'empty':
      return t('popupNotesEmptyText');
    case 'textTooLong':
      return t('popupNotesTextTooLong', p.max);
    case 'tooManyTags':
      return t('popupNotesTooManyTags', p.max);
    case 'tagTooLong':
      return t('popupNotesTagTooLong', p.tag, p.max);
  }
}

export function NoteEditor({ id, initial, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const live = useRef(true);

  useEffect(() => {
    field.current?.focus();
    return () => void (live.current = false);
  }, []);

  // The latest draft, not this render's: fields may change, and a key be pressed, before the next render.
  const latest = useRef<Draft>(initial);
  const update = (change: Partial<Draft>) => setDraft((latest.current = { ...latest.current, ...change }));

  const save = async (): Promise<void> => {
    if (busy) return;
    const current = { ...latest.current, text: field.current?.value ?? latest.current.text };
    const problem = draftProblem(current);
    if (problem) {
      setError(problemText(problem));
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(current);
    } catch (err) {
      if (live.current) setError(t('popupNotesSaveFailed', errorText(err)));
    } finally {
      if (live.current) setBusy(false);
    }
  };

  const onKey = editorKeys(() => void save(), onCancel);

  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label for={`${id}-text`}>{t('popupNotesFieldLabel')}</label>
      <textarea
        id={`${id}-text`}
        ref={field}
        rows={3}
        value={draft.text}
        aria-describedby={`${id}-hint`}
        aria-invalid={error ? 'true' : undefined}
        onKeyDown={onKey}
        onInput={(e) => update({ text: e.currentTarget.value })}
      />
      <p id={`${id}-hint`} class="muted hint">
        {t('popupNotesFieldHint')}
      </p>
      <label for={`${id}-tags`}>{t('popupNotesTagsLabel')}</label>
      <input id={`${id}-tags`} type="text" autocomplete="off" value={draft.tags} onKeyDown={onKey} onInput={(e) => update({ tags: e.currentTarget.value })} />
      <fieldset class="note-colors">
        <legend>{t('popupNotesColorLegend')}</legend>
        {[null, ...NOTE_COLORS].map((c) => (
          <label key={c ?? 'none'} class="note-color-choice">
            <input type="radio" name={`${id}-color`} value={c ?? ''} checked={draft.color === c} onChange={() => update({ color: c })} />
            <span class="note-swatch" data-color={c ?? 'none'} aria-hidden="true" />
            {colorName(c)}
          </label>
        ))}
      </fieldset>
      {error && (
        <p class="note-error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" aria-disabled={busy ? 'true' : 'false'}>
          {t('popupNotesSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('popupNotesCancel')}
        </button>
      </div>
    </form>
  );
}
