import { TYPE_STYLES } from '../ui/colors';
import { ENTITY_TYPES, type EntityType } from '../core/types';
import { t } from '../shared/i18n';
import { setShownTypes } from '../shared/settings';

// i18n: optionsTypePERSON optionsTypeORG optionsTypePLACE optionsTypeMISC optionsTypeDATE
/** One checkbox per entity type, each with its highlight swatch (colour and underline style, so colour is never the only cue). */
export function TypeToggles({ shown }: { shown: readonly EntityType[] }) {
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
          const s = TYPE_STYLES[type];
          return (
            <li key={type}>
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
            </li>
          );
        })}
      </ul>
    </section>
  );
}
