/**
 * The entity types the reader has chosen to see, per document, kept in the content script's own
 * world, not in the page's DOM: an attribute would let any page read the reader's choice and
 * change our behaviour with it (a page setting the list to "" would take away every tab stop).
 */
import type { EntityType } from '../../core/types';
import { DEFAULT_SETTINGS } from '../../shared/settings-model';

interface State {
  shown: ReadonlySet<EntityType>;
  listeners: Set<() => void>;
}

const states = new WeakMap<Document, State>();

function state(doc: Document): State {
  let s = states.get(doc);
  if (!s) states.set(doc, (s = { shown: new Set(DEFAULT_SETTINGS.shownTypes), listeners: new Set() }));
  return s;
}

/** Until the reader's settings are applied, the default types are shown. */
export function isTypeShown(doc: Document, type: EntityType): boolean {
  return state(doc).shown.has(type);
}

/** Sets the shown types; listeners run only when the set changed. */
export function setShownTypes(doc: Document, types: readonly EntityType[]): void {
  const s = state(doc);
  const next = new Set(types);
  if (next.size === s.shown.size && [...next].every((t) => s.shown.has(t))) return;
  s.shown = next;
  for (const cb of [...s.listeners]) cb();
}

/** Calls `cb` after each change of the shown types; returns the unsubscribe function. */
export function onShownTypesChange(doc: Document, cb: () => void): () => void {
  const s = state(doc);
  s.listeners.add(cb);
  return () => s.listeners.delete(cb);
}

/** Back to the default (the session's teardown). */
export function resetShownTypes(doc: Document): void {
  states.delete(doc);
}
