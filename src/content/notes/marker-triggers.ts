/**
 * When a marker's note card opens and closes, as the entity card does (card/triggers.ts, WCAG
 * 1.4.13): after the reader's hover delay on a marker, at once on keyboard focus, and with focus
 * inside on Enter or Space; it stays while the pointer is on the marker or the card, or focus is
 * in either, and closes shortly after both are left, or on Esc. An editor or an Undo offer in
 * the panel stays until the reader closes it. Only the browser's own (trusted) events count.
 */
import { hoverDelay } from '../card/triggers';
import type { NotesHost } from './host';
import type { NoteMarkers } from './markers';
import type { NotePanel } from './panel';

const CLOSE_DELAY_MS = 300;

export type OpenHow = 'hover' | 'focus' | 'keyboard';

export interface MarkerTriggers {
  /** Focuses a marker without opening its card (focus returning after a save). */
  focusQuietly(el: HTMLElement): void;
  /** The note whose card the triggers opened, if it is still open. */
  openId(): string | null;
  setOpen(id: string | null): void;
}

export function wireMarkerTriggers(
  host: NotesHost,
  markers: NoteMarkers,
  panel: NotePanel,
  signal: AbortSignal,
  open: (id: string, how: OpenHow) => void,
): MarkerTriggers {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let current: string | null = null;
  let pointerOn: 'marker' | 'panel' | null = null;
  let quiet: HTMLElement | null = null;

  const cancelOpen = () => clearTimeout(openTimer);
  const cancelClose = () => clearTimeout(closeTimer);
  const holds = (): boolean => {
    if (!current || panel.sticky() || pointerOn) return true;
    const active = host.active();
    return Boolean(active && (host.panel.contains(active) || markers.idOf(active) === current));
  };
  const scheduleClose = () => {
    cancelClose();
    closeTimer = setTimeout(() => {
      if (current && !holds()) panel.close();
    }, CLOSE_DELAY_MS);
  };
  const unhook = panel.onClose(() => {
    if (current) markers.element(current)?.removeAttribute('data-open');
    current = null;
    cancelOpen();
    cancelClose();
  });

  const on = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void) =>
    el.addEventListener(type, (e) => e.isTrusted && fn(e), { signal });

  on(host.markers, 'pointerover', (e) => {
    const id = markers.idOf(e.target);
    if (!id || e.pointerType === 'touch') return;
    pointerOn = 'marker';
    cancelClose();
    if (id === current) return;
    cancelOpen();
    openTimer = setTimeout(() => open(id, 'hover'), hoverDelay());
  });
  on(host.markers, 'pointerout', (e) => {
    if (!markers.idOf(e.target)) return;
    pointerOn = null;
    cancelOpen();
    if (current) scheduleClose();
  });
  on(host.panel, 'pointerenter', () => {
    pointerOn = 'panel';
    cancelClose();
  });
  on(host.panel, 'pointerleave', () => {
    pointerOn = null;
    if (current) scheduleClose();
  });
  on(host.markers, 'focusin', (e) => {
    const id = markers.idOf(e.target);
    if (!id) return;
    if (quiet === e.target) {
      quiet = null;
      return;
    }
    cancelOpen();
    cancelClose();
    if (id !== current) open(id, 'focus');
  });
  on(host.markers, 'click', (e) => {
    const id = markers.idOf(e.target);
    if (id) open(id, 'keyboard'); // Enter, Space or a click: into the card
  });
  on(host.markers, 'keydown', (e) => {
    const id = markers.idOf(e.target);
    // Tab from the marker of the open card goes into the card (it sits elsewhere in the root).
    if (id && id === current && e.key === 'Tab' && !e.shiftKey) {
      const first = host.panel.querySelector<HTMLElement>('button, a[href], textarea, input');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  for (const el of [host.markers, host.panel]) {
    on(el, 'focusout', () => {
      setTimeout(() => {
        if (!signal.aborted && current && !holds()) panel.close();
      }, 0);
    });
  }
  signal.addEventListener('abort', () => (unhook(), cancelOpen(), cancelClose()), { once: true });

  return {
    focusQuietly(el) {
      quiet = el;
      el.focus();
      if (host.active() !== el) quiet = null;
    },
    openId: () => current,
    setOpen(id) {
      if (current) markers.element(current)?.removeAttribute('data-open');
      current = id;
      if (id) markers.element(id)?.setAttribute('data-open', '');
    },
  };
}
