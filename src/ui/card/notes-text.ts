/** The notes section's words from the extension's message catalogue (for contexts that have browser.i18n). */
import { t } from '../../shared/i18n';
import type { NotesText } from './notes-port';

export function notesText(): NotesText {
  return {
    empty: t('notesEmpty'),
    loading: t('notesLoading'),
    add: t('notesAdd'),
    fieldLabel: t('notesFieldLabel'),
    hint: t('notesFieldHint'),
    save: t('notesSave'),
    cancel: t('notesCancel'),
    edit: t('notesEdit'),
    remove: t('notesDelete'),
    noteOf: (date) => t('notesOfDate', date),
    deleted: t('notesDeleted'),
    undo: t('notesUndo'),
    saveFailed: (reason) => t('notesSaveFailed', reason),
    deleteFailed: (reason) => t('notesDeleteFailed', reason),
    loadFailed: (reason) => t('notesLoadFailed', reason),
    date: (ms) => new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }),
  };
}
