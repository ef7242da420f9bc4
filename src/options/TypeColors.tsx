import { useState } from 'preact/hooks';
import { MIN_MARK_CONTRAST } from '../ui/colors';
import { contrastOf } from '../ui/contrast';
import type { EntityType } from '../core/types';
import { t } from '../shared/i18n';
import { resetTypeColors, setTypeColor, type Settings } from '../shared/settings';
import { errorText } from '../shared/error-text';

// i18n: optsColorPERSON optsColorORG optsColorPLACE optsColorMISC optsColorDATE
/**
 * The reader's colour for one type. Open tabs repaint their highlights as the setting changes
 * (storage.onChanged), so the choice is stored on `change` (the picker closed), not on every
 * `input` while the reader drags through the palette.
 */
export function TypeColor({ type, value }: { type: EntityType; value: string }) {
  const [error, setError] = useState('');
  const low = contrastOf(value, '#ffffff') < MIN_MARK_CONTRAST;
  const hintId = `color-hint-${type}`;
  return (
    <span class="type-color">
      <input
        type="color"
        id={`color-${type}`}
        value={value}
        aria-label={t(`optsColor${type}`)}
        aria-describedby={low || error ? hintId : undefined}
        onChange={(e) => {
          setError('');
          setTypeColor(type, (e.currentTarget as HTMLInputElement).value).catch((err: unknown) => setError(errorText(err)));
        }}
      />
      {(low || error) && (
        <span id={hintId} class={error ? 'error' : 'muted'} role={error ? 'alert' : undefined}>
          {' '}
          {error || t('optsColorLowContrast')}
        </span>
      )}
    </span>
  );
}

/**
 * Every type back to the colour-blind-safe default palette. The button stays enabled when there is
 * nothing to reset: disabling it would drop the keyboard focus it has just been given.
 */
export function ResetColors({ colors }: { colors: Settings['typeColors'] }) {
  const custom = Object.keys(colors).length > 0;
  return (
    <>
      <p class="muted">{t('optsColorsHint')}</p>
      <p>
        <button type="button" id="reset-colors" aria-describedby="colors-state" onClick={() => void resetTypeColors()}>
          {t('optsColorsReset')}
        </button>{' '}
        <span id="colors-state" class="muted" role="status">
          {custom ? t('optsColorsCustom') : t('optsColorsDefault')}
        </span>
      </p>
    </>
  );
}
