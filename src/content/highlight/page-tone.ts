/**
 * Which highlight palette a document's mentions use: light or dark, after the tone of the
 * article's own background (tone-watch.ts measures it), not the system's colour scheme: a light
 * page read with a dark system setting keeps the light palette, whose colours contrast with it.
 * Kept per document in the content script's world, like the shown types (shown-types.ts); the
 * mentions carry it as data-aa-tone for highlights.css only.
 */
import type { Tone } from '../../ui/contrast';

interface State {
  tone: Tone;
  listeners: Set<() => void>;
}

const states = new WeakMap<Document, State>();

function state(doc: Document): State {
  let s = states.get(doc);
  if (!s) states.set(doc, (s = { tone: 'light', listeners: new Set() }));
  return s;
}

/** Until the page is measured, the light palette (the tone of most articles, and the browser's default canvas). */
export function pageTone(doc: Document): Tone {
  return state(doc).tone;
}

/** Sets the tone; listeners run only when it changed. */
export function setPageTone(doc: Document, tone: Tone): void {
  const s = state(doc);
  if (s.tone === tone) return;
  s.tone = tone;
  for (const cb of [...s.listeners]) cb();
}

/** Calls `cb` after each change of the tone; returns the unsubscribe function. */
export function onPageToneChange(doc: Document, cb: () => void): () => void {
  const s = state(doc);
  s.listeners.add(cb);
  return () => s.listeners.delete(cb);
}

/** Back to the default (the annotator's teardown). */
export function resetPageTone(doc: Document): void {
  states.delete(doc);
}
