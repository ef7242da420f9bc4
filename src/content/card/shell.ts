/**
 * The card's place in the page: one host element on <html> (outside the article, so article CSS
 * and layout never touch it) with a CLOSED shadow root. Page scripts cannot reach into a closed
 * root and page CSS does not pierce it; the host's own styles are !important (see styles.ts).
 */
import { ATTR_UI, INSTANCE_ID } from '../highlight/markup';
import { CARD_CSS } from '../../ui/card/styles';

const HOST_TAG = 'archyde-annotator-card';

export interface Shell {
  host: HTMLElement;
  root: ShadowRoot;
  /** The positioned card; preact renders its content into it. */
  card: HTMLElement;
  /** Visually hidden polite live region for announcements on keyboard focus. */
  live: HTMLElement;
  destroy(): void;
}

export function createShell(doc: Document): Shell {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(ATTR_UI, INSTANCE_ID); // the article reader skips it; a later instance's sweep knows it
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const live = doc.createElement('div');
  live.className = 'sr';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  const card = doc.createElement('div');
  card.className = 'card';
  card.hidden = true;
  root.append(style, live, card);

  // Keys pressed in the card stop at its edge, so site shortcuts (single letters) do not fire
  // while the reader works in the card. Our own listeners run before, in the capture phase.
  const stop = (e: Event) => e.stopPropagation();
  for (const type of ['keydown', 'keyup', 'keypress']) root.addEventListener(type, stop);

  doc.documentElement.append(host);
  return {
    host,
    root,
    card,
    live,
    destroy() {
      for (const type of ['keydown', 'keyup', 'keypress']) root.removeEventListener(type, stop);
      host.remove();
    },
  };
}
