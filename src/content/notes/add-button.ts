/**
 * The "Add note" button beside a selection of the article's text. It shows while the selection
 * touches the article, sits under the selection's last line, and is reached from the keyboard
 * with Tab (the next Tab after selecting goes to it; Esc hides it). Only the reader's own input
 * acts: keys and clicks that are not `isTrusted` are ignored, so a page script that selects text
 * and dispatches events can show the button but never press it.
 */
import type { NotesHost } from './host';

export interface AddButtonOptions {
  doc: Document;
  host: NotesHost;
  signal: AbortSignal;
  /** The article's roots, or null while there is no article. */
  roots(): readonly Element[] | null;
  /** The reader pressed the button: add a note on `range`. */
  onAdd(range: Range): void;
}

/** The selection's range when it selects some text touching the article, else null. */
export function articleSelection(doc: Document, roots: readonly Element[] | null): Range | null {
  const sel = doc.getSelection();
  if (!roots || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!roots.some((r) => range.intersectsNode(r))) return null;
  return range.toString().trim() ? range : null;
}

function editable(el: Element | null): boolean {
  if (!el) return false;
  const h = el as HTMLElement;
  return h.isContentEditable || ['input', 'textarea', 'select'].includes(el.localName);
}

const GAP_PX = 6;

export function wireAddButton({ doc, host, signal, roots, onAdd }: AddButtonOptions): { hide(): void; visible(): boolean } {
  const win = doc.defaultView!;
  const button = host.addButton;
  let range: Range | null = null;
  let frame = 0;

  const hide = () => {
    range = null;
    button.hidden = true;
  };
  const place = () => {
    if (!range) return;
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    button.hidden = false;
    const width = button.offsetWidth || 90;
    button.style.left = `${Math.round(Math.max(4, Math.min(last.right - width, win.innerWidth - width - 4)))}px`;
    button.style.top = `${Math.round(Math.min(last.bottom + GAP_PX, win.innerHeight - button.offsetHeight - 4))}px`;
  };
  const update = () => {
    frame = 0;
    // Focus on the button (Tab) leaves the selection as it was: keep the button.
    if (host.active() === button) return;
    // While the panel is open (the editor for this selection), the button would only be in the way.
    if (!host.panel.hidden) return hide();
    const r = articleSelection(doc, roots());
    if (!r) return hide();
    range = r.cloneRange();
    place();
  };
  const later = () => {
    if (!frame) frame = win.requestAnimationFrame(update);
  };

  doc.addEventListener('selectionchange', later, { signal });
  win.addEventListener('scroll', () => range && place(), { signal, passive: true, capture: true });
  win.addEventListener('resize', () => range && place(), { signal, passive: true });
  // Pressing the button must not take the selection away before the click.
  button.addEventListener('pointerdown', (e) => e.preventDefault(), { signal });
  button.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted || !range) return;
      const r = range;
      hide();
      onAdd(r);
    },
    { signal },
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || button.hidden || !range) return;
      const inOurs = host.isHost(e.composedPath()[0] ?? null) || host.isHost(doc.activeElement);
      if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && !inOurs && !editable(doc.activeElement)) {
        e.preventDefault();
        button.focus();
      } else if (e.key === 'Escape') {
        hide();
      }
    },
    { capture: true, signal },
  );
  button.addEventListener('blur', () => win.setTimeout(later, 0), { signal });
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame), { once: true });
  return { hide, visible: () => !button.hidden };
}
