import { typeStyle } from '../ui/colors';
import { ENTITY_TYPES, type EntityType } from '../core/types';
import { t } from '../shared/i18n';
import { setShownTypes, type Settings } from '../shared/settings';
import { ResetColors, TypeColor } from './TypeColors';

// i18n: optionsTypePERSON optionsTypeORG optionsTypePLACE optionsTypeMISC optionsTypeDATE
/**
 * One row per entity type: a checkbox that shows or hides its highlights, its swatch (colour and
 * underline style, so colour is never the only cue) and the reader's colour for it.
 */
export function TypeToggles({ shown, colors }: { shown: readonly EntityType[]; colors: Settings['typeColors'] }) {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  const toggle = (type: EntityType, on: boolean): void => {
    void setShownTypes(on ? [...shown, type] : shown.filter((x) => x !== type));
  };
  return (
    <section aria-labelledby="types-h">
      <h2 id="types-h">{t('optionsTypesHeading')}</h2>
      <p class="muted">{t('optionsTypesHint')}</p>
      <ul class="plain">
        {ENTITY_TYPES.map((type) => {
          const s = typeStyle(type, colors[type]);
          return (
            <li key={type} class="type-row" data-type={type}>
              <label class="type-toggle" data-type={type}>
                <input type="checkbox" checked={shown.includes(type)} onChange={(e) => toggle(type, (e.currentTarget as HTMLInputElement).checked)} />
                <span
                  class="swatch"
                  aria-hidden="true"
                  style={{ background: dark ? s.tintDark : s.tint, borderBottom: `2px ${s.underline} ${dark ? s.colorDark : s.color}` }}
                >
                  Aa
                </span>
                {t(`optionsType${type}`)}
              </label>
              <TypeColor type={type} value={s.color} />
            </li>
          );
        })}
      </ul>
      <ResetColors colors={colors} />
    </section>
  );
}
