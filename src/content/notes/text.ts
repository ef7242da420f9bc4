/** The notes layer's words, from the extension's message catalogue (keys `selNote…`). */
import type { NoteColor } from '../../core/notes/model';
import { LIMITS } from '../../core/notes/model';
import { t } from '../../shared/i18n';
import { colorName } from '../../ui/notes/color-name';

/** Words a panel needs; functions fill in what varies. */
export const noteText = {
  add: () => t('selNoteAdd'),
  newTitle: () => t('selNoteNewTitle'),
  editTitle: () => t('selNoteEditTitle'),
  cardTitle: () => t('selNoteCardTitle'),
  fieldLabel: () => t('selNoteFieldLabel'),
  tagsLabel: () => t('selNoteTagsLabel'),
  colorLabel: () => t('selNoteColorLabel'),
  color: (c: NoteColor) => colorName(c),
  hint: () => t('selNoteHint'),
  save: () => t('selNoteSave'),
  cancel: () => t('selNoteCancel'),
  edit: () => t('selNoteEdit'),
  remove: () => t('selNoteDelete'),
  close: () => t('selNoteClose'),
  deleted: () => t('selNoteDeleted'),
  undo: () => t('selNoteUndo'),
  saved: () => t('selNoteSaved'),
  empty: () => t('selNoteEmpty'),
  tagTooLong: (tag: string) => t('selNoteTagTooLong', LIMITS.tag, tag),
  tooManyTags: () => t('selNoteTooManyTags', LIMITS.tags),
  saveFailed: (reason: string) => t('selNoteSaveFailed', reason),
  deleteFailed: (reason: string) => t('selNoteDeleteFailed', reason),
  marker: (excerpt: string) => t('selNoteMarkerLabel', excerpt),
  written: (ms: number) => t('selNoteWritten', new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })),
  selectFirst: () => t('selNoteSelectFirst'),
  notPlaced: () => t('selNoteNotPlaced'),
  notFound: () => t('selNoteNotFound'),
};

/** The first words of a text, for a label (a marker's accessible name). */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
