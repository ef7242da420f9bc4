/** A note colour's name for the reader: a colour is always named, never shown alone. */
import type { NoteColor } from '../../core/notes/model';
import { t } from '../../shared/i18n';

export function colorName(color: NoteColor | null): string {
  // i18n: noteColorNone noteColorYellow noteColorGreen noteColorBlue noteColorPink noteColorPurple
  return t(`noteColor${color ? color[0]!.toUpperCase() + color.slice(1) : 'None'}`);
}
