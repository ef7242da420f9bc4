import { TYPE_STYLES, typeStyle } from '../ui/colors';
import type { Settings } from '../shared/settings-model';
import type { EntityType } from '../core/types';
import { t } from '../shared/i18n';

// i18n: legendPeople legendOrganisations legendPlaces legendOther legendDates
const LABEL_KEYS: Record<EntityType, string> = {
  PERSON: 'legendPeople',
  ORG: 'legendOrganisations',
  PLACE: 'legendPlaces',
  MISC: 'legendOther',
  DATE: 'legendDates',
};

/** What each highlight colour and underline means: the reader's colours over the table that styles the page (colors.ts). */
export function Legend({ shown, colors = {} }: { shown: readonly EntityType[]; colors?: Settings['typeColors'] }) {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  return (
    <section class="legend" aria-label={t('legendLabel')}>
      <h2>{t('legendHeading')}</h2>
      <ul>
        {(Object.keys(TYPE_STYLES) as EntityType[]).map((type) => {
          const s = typeStyle(type, colors[type]);
          const on = shown.includes(type);
          return (
            <li key={type} data-type={type} class={on ? '' : 'off'}>
              <span
                class="swatch"
                aria-hidden="true"
                style={{
                  background: dark ? s.tintDark : s.tint,
                  borderBottom: `2px ${s.underline} ${dark ? s.colorDark : s.color}`,
                }}
              >
                Aa
              </span>
              {t(LABEL_KEYS[type])}
              {!on && <span class="muted"> {t('legendOff')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
