/**
 * The reader's highlight colours, per document, kept in the content script's world like the shown
 * types (shown-types.ts). The highlighter writes them as CSS custom properties on our own mention
 * elements only (highlights.css reads them), so a colour change repaints our highlights and
 * touches nothing of the page's.
 */
import type { EntityType } from '../../core/types';
import { COLOR_VARS, typeStyle } from '../../ui/colors';
import type { Settings } from '../../shared/settings-model';

/** Custom property name → value, for one type the reader gave a colour. */
export type ColorProps = readonly (readonly [string, string])[];

interface State {
  /** The reader's colours as stored (`#rrggbb`); a missing type keeps the stylesheet's default. */
  chosen: Settings['typeColors'];
  props: Map<EntityType, { key: string; props: ColorProps }>;
  listeners: Set<() => void>;
}

const states = new WeakMap<Document, State>();

function state(doc: Document): State {
  let s = states.get(doc);
  if (!s) states.set(doc, (s = { chosen: {}, props: new Map(), listeners: new Set() }));
  return s;
}

/**
 * The custom properties a mention of `type` carries, and a key that is the same exactly when
 * they are (empty for the default palette, which needs none).
 */
export function colorPropsFor(doc: Document, type: EntityType): { key: string; props: ColorProps } {
  return state(doc).props.get(type) ?? { key: '', props: [] };
}

/** Sets the reader's colours; listeners run only when a colour changed. */
export function setTypeColors(doc: Document, colors: Settings['typeColors']): void {
  const s = state(doc);
  const types = new Set([...Object.keys(s.chosen), ...Object.keys(colors)]) as Set<EntityType>;
  if ([...types].every((t) => s.chosen[t] === colors[t])) return;
  s.chosen = { ...colors };
  s.props.clear();
  for (const [type, chosen] of Object.entries(colors) as [EntityType, string][]) {
    const st = typeStyle(type, chosen);
    s.props.set(type, {
      key: chosen,
      props: [
        [COLOR_VARS.color, st.color],
        [COLOR_VARS.colorDark, st.colorDark],
        [COLOR_VARS.tint, st.tint],
        [COLOR_VARS.tintDark, st.tintDark],
      ],
    });
  }
  for (const cb of [...s.listeners]) cb();
}

/** Calls `cb` after each change of the colours; returns the unsubscribe function. */
export function onTypeColorsChange(doc: Document, cb: () => void): () => void {
  const s = state(doc);
  s.listeners.add(cb);
  return () => s.listeners.delete(cb);
}

/** Back to the default palette (the session's teardown). */
export function resetTypeColors(doc: Document): void {
  states.delete(doc);
}
