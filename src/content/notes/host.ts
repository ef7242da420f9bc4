/**
 * The notes layer's place in the page: one host element on <html> with a CLOSED shadow root,
 * holding the Add note button, the note markers and the note panel (card or editor). Note text
 * exists only inside this root; a page script gets null for the host's shadowRoot and finds
 * nothing of it with querySelector. Keys pressed inside stop at the host, so site shortcuts do
 * not fire while the reader types.
 */
import { ATTR_UI, INSTANCE_ID } from '../highlight/markup';
import { NOTES_CSS } from './styles';

export const HOST_TAG = 'archyde-annotator-notes';

export interface NotesHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Markers, absolutely placed in document coordinates. */
  markers: HTMLElement;
  /** The Add note button (fixed, beside the selection). */
  addButton: HTMLButtonElement;
  /** The note card or editor (fixed, beside its text); preact renders into it. */
  panel: HTMLElement;
  /** Whether an event target (composed) is the host, i.e. something of ours. */
  isHost(target: EventTarget | null): boolean;
  /** The focused element inside the root, if any. */
  active(): Element | null;
  destroy(): void;
}

export function createNotesHost(doc: Document, addLabel: string): NotesHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(ATTR_UI, INSTANCE_ID); // the article reader skips it; a later instance's sweep knows it
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = NOTES_CSS;
  const markers = doc.createElement('div');
  markers.className = 'markers';
  const addButton = doc.createElement('button');
  addButton.type = 'button';
  addButton.className = 'add';
  addButton.textContent = addLabel;
  addButton.hidden = true;
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  root.append(style, markers, addButton, panel);

  const stop = (e: Event) => e.stopPropagation();
  const keyTypes = ['keydown', 'keyup', 'keypress'];
  for (const type of keyTypes) root.addEventListener(type, stop);
  doc.documentElement.append(host);
  return {
    host,
    root,
    markers,
    addButton,
    panel,
    isHost: (target) => target === host,
    active: () => root.activeElement,
    destroy() {
      for (const type of keyTypes) root.removeEventListener(type, stop);
      host.remove();
    },
  };
}
