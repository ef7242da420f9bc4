/** The note colours' names for the reader (the colour is always named, never shown alone). */
import { NOTE_COLORS, type NoteColor } from '../../core/notes/model';
import { t } from '../../shared/i18n';

export { NOTE_COLORS };

export function colorName(color: NoteColor | null): string {
  // i18n: popupNotesColorNone popupNotesColorYellow popupNotesColorGreen popupNotesColorBlue popupNotesColorPink popupNotesColorPurple
  return t(`popupNotesColor${color ? color[0]!.toUpperCase() + color.slice(1) : 'None'}`);
}
