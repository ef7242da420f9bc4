/**
 * One of the page's notes in the popup: its quote (selection notes) or entity, its text (as text,
 * addresses as links), tags, colour and date, and its actions, or the form while it is edited.
 * Each button's accessible name says which note it acts on.
 */
import type { Note } from '../../core/notes/model';
import { t } from '../../shared/i18n';
import { NoteText } from '../../ui/notes/NoteText';
import { colorName } from '../../ui/notes/color-name';
import { tagsToInput, type Draft } from './draft';
import { NoteEditor } from './NoteEditor';

interface Props {
  note: Note;
  editing: boolean;
  onEdit(): void;
  onCancel(): void;
  onSave(draft: Draft): Promise<void>;
  onDelete(): void;
  /** "Show in page", for notes the page has placed. */
  onReveal?: () => void;
}

/** The start of a note's text (or its quote), to tell its buttons apart by ear. */
function gist(note: Note): string {
  const source = note.text.trim() || (note.kind === 'selection' ? note.selectors[0].exact : '');
  const flat = source.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

const dateText = (ms: number) => new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function NoteMeta({ note }: { note: Note }) {
  return (
    <div class="note-meta">
      {note.tags.length > 0 && (
        <ul class="note-tags" aria-label={t('popupNotesTags')}>
          {note.tags.map((tag) => (
            <li key={tag}>#{tag}</li>
          ))}
        </ul>
      )}
      {note.color && (
        <span class="note-color">
          <span class="note-swatch" data-color={note.color} aria-hidden="true" />
          {colorName(note.color)}
        </span>
      )}
      <time dateTime={new Date(note.created).toISOString()}>{dateText(note.created)}</time>
    </div>
  );
}

export function NoteQuote({ note }: { note: Note }) {
  if (note.kind === 'selection') return <blockquote class="note-quote">{note.selectors[0].exact}</blockquote>;
  if (note.kind === 'entity') return <p class="note-entity">{t('popupNotesOnEntity', note.entity.name)}</p>;
  return null;
}

export function NoteItem({ note, editing, onEdit, onCancel, onSave, onDelete, onReveal }: Props) {
  const which = <span class="sr">{t('popupNotesWhich', gist(note))}</span>;
  return (
    <li class="pnote" data-note-id={note.id} data-kind={note.kind} data-color={note.color ?? 'none'}>
      <NoteQuote note={note} />
      {editing ? (
        <NoteEditor id={`pn-${note.id}`} initial={{ text: note.text, tags: tagsToInput(note.tags), color: note.color }} onSave={onSave} onCancel={onCancel} />
      ) : (
        <>
          {note.text && <NoteText text={note.text} />}
          <NoteMeta note={note} />
          <div class="pnote-actions">
            {onReveal && (
              <button type="button" class="link pnote-reveal" onClick={onReveal}>
                {t('popupNotesShowInPage')}
                {which}
              </button>
            )}
            <button type="button" class="link pnote-edit" onClick={onEdit}>
              {t('popupNotesEdit')}
              {which}
            </button>
            <button type="button" class="link pnote-delete" onClick={onDelete}>
              {t('popupNotesDelete')}
              {which}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
