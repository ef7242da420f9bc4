import { t } from '../shared/i18n';
import { HOVER_DELAY_BOUNDS, setHoverDelay } from '../shared/settings';

const CHOICES = [100, 200, 300, 500, 800, 1200, 2000] as const;

/** How long the pointer rests on a highlight before its card opens. */
export function HoverDelay({ value }: { value: number }) {
  const choices = (CHOICES as readonly number[]).includes(value) ? CHOICES : [...CHOICES, value].sort((a, b) => a - b);
  return (
    <section aria-labelledby="hover-h">
      <h2 id="hover-h">{t('optionsHoverHeading')}</h2>
      <label>
        {t('optionsHoverLabel')}{' '}
        <select id="hover-delay" value={String(value)} onChange={(e) => void setHoverDelay(Number((e.currentTarget as HTMLSelectElement).value))}>
          {choices.map((ms) => (
            <option key={ms} value={String(ms)}>
              {t('optionsHoverChoice', ms)}
              {ms === HOVER_DELAY_BOUNDS.default ? ` ${t('optionsHoverDefault')}` : ''}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
