import type { EntityType } from '../../core/types';
import { typeStyle } from '../colors';

/**
 * The type's highlight as a small sample (its tint and underline, in its style), beside the type's
 * name in the card. It holds no text, so the card reads the same to a screen reader. The colours
 * travel as custom properties so the card's stylesheet picks the light or dark pair (`.swatch` in
 * styles.ts).
 */
export function TypeSwatch({ type, chosen }: { type: EntityType; chosen?: string | undefined }) {
  const s = typeStyle(type, chosen);
  return (
    <span
      class="swatch"
      aria-hidden="true"
      data-type={type}
      style={{ '--sw-color': s.color, '--sw-color-dark': s.colorDark, '--sw-tint': s.tint, '--sw-tint-dark': s.tintDark, borderBottomStyle: s.underline }}
    />
  );
}
