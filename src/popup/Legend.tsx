import { TYPE_STYLES } from '../ui/colors';
import type { EntityType } from '../core/types';

/** What each highlight colour and underline means; the same table styles the page (colors.ts). */
export function Legend({ shown }: { shown: readonly EntityType[] }) {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  return (
    <section class="legend" aria-label="Highlight colours">
      <h2>Colours</h2>
      <ul>
        {(Object.keys(TYPE_STYLES) as EntityType[]).map((type) => {
          const s = TYPE_STYLES[type];
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
              {s.label}
              {!on && <span class="muted"> (not highlighted)</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
