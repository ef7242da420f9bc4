/**
 * When the card opens and closes (WCAG 1.4.13: hoverable, dismissible, persistent; timing after
 * Wikimedia Page Previews, see shared/notes/product-references.md):
 *  - pointer dwell of the reader's hover delay on a mention opens it, in the first frame after it;
 *    the card is rendered and placed, hidden, halfway into the dwell. Page Previews starts
 *    fetching after 150 ms but shows nothing before 500 ms; our data is local, so no fetch, but
 *    an article here has a highlight every few words and a 150 ms dwell would pop cards while the
 *    pointer merely crosses the text. 300 ms is the top of the usual 150–300 ms hover-intent range.
 *  - with a card already open, another mention takes over after SWAP_DELAY_MS (Page Previews'
 *    dwell): the content is swapped in place, no close/reopen, so no flicker;
 *  - the pointer leaving mention and card closes it after CLOSE_DELAY_MS (ABANDON_END_DELAY),
 *    time enough to cross the gap into the card; entering the card cancels it;
 *  - keyboard focus on a mention opens at once; focus leaving both mention and card closes;
 *  - Esc closes (see keys.ts), and the dismissed mention does not reopen until left.
 * Only the browser's own events count (`isTrusted`): a page dispatching pointer or focus events
 * steers nothing. (A page can still focus one of our mentions, as a reader can: that opens its card.)
 */
import { mentionColoured } from '../highlight/markup';
import { mentionForFocus, mentionKey, mentionOf } from './mentions';
import type { CardCore } from './core';

/**
 * The pointer's dwell before a card opens: the reader's setting (settings.hoverDelayMs, 300 ms by
 * default), followed live by the session. Halfway into it the card is rendered and placed, hidden,
 * so that the open only shows it (Page Previews starts its fetch at 150 of its 300 ms).
 */
let openDelayMs = 300;
export function setHoverDelay(ms: number): void {
  openDelayMs = ms;
}
/** The reader's hover delay, for other hover-opened cards (the selection notes' markers). */
export function hoverDelay(): number {
  return openDelayMs;
}
const SWAP_DELAY_MS = 150;
const CLOSE_DELAY_MS = 300;

export function wireTriggers(core: CardCore, doc: Document, signal: AbortSignal): void {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let openFrame = 0;
  let prepareTimer: ReturnType<typeof setTimeout> | undefined;
  const win = doc.defaultView!;
  let pendingKey = '';
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let inCard = false;
  let pointerMention: HTMLElement | null = null;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    openTimer = undefined;
    win.cancelAnimationFrame(openFrame);
    openFrame = 0;
    clearTimeout(prepareTimer);
    prepareTimer = undefined;
    core.unprepare(); // nothing when a card is open
    pendingKey = '';
  };
  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const isCurrent = (el: Element | null) => !!el && !!core.current() && mentionKey(el) === core.current()!.key;
  const focusHolds = () => core.focusInCard() || isCurrent(mentionForFocus(doc.activeElement));

  const scheduleClose = () => {
    cancelClose();
    closeTimer = setTimeout(() => {
      closeTimer = undefined;
      // A keyboard trigger is still active: the card persists until Esc or blur.
      if (!inCard && !focusHolds()) core.close();
    }, CLOSE_DELAY_MS);
  };
  core.onClose(() => {
    cancelOpen();
    cancelClose();
  });

  doc.addEventListener(
    'pointerover',
    (e) => {
      if (!e.isTrusted) return;
      if (e.pointerType === 'touch') return; // touch opens through focus (a tap focuses the mention)
      if (core.isHost(e.target)) {
        inCard = true;
        cancelClose();
        cancelOpen(); // crossed another mention on the way into the card: keep this card
        return;
      }
      const el = mentionOf(e.target);
      pointerMention = el;
      if (!el) return;
      // Not painted (highlights off, or a type the reader does not show): the name looks like plain
      // text, so hovering it opens nothing.
      if (!mentionColoured(el)) return;
      core.prewarm();
      const key = mentionKey(el);
      if (isCurrent(el)) {
        cancelClose();
        cancelOpen();
        return;
      }
      if (core.dismissed() === key || pendingKey === key) return;
      cancelOpen();
      pendingKey = key;
      const enteredAt = performance.now();
      if (!core.current()) prepareTimer = setTimeout(() => core.prepare(el), openDelayMs / 2);
      openTimer = setTimeout(
        () => {
          openTimer = undefined;
          const delayEnded = performance.now();
          // The delay ends with the next frame, and the card opens inside it: the card prepared
          // during the dwell is shown and painted in that frame, rather than opened mid-frame and
          // left waiting up to a whole frame for the next one. (Adds under one frame to the dwell.)
          openFrame = win.requestAnimationFrame((frameStart) => {
            openFrame = 0;
            pendingKey = '';
            if (core.focusInCard()) return; // the reader is working in the card: do not swap it away
            // Timings count from the end of the delay, or from the frame's start if that came later
            // (Chromium's frame time may precede the timer task that ran first in the frame).
            const t0 = Math.min(performance.now(), Math.max(frameStart, delayEnded));
            core.open(el, 'hover', t0, t0 - enteredAt, true);
            cancelClose();
          });
        },
        core.current() ? SWAP_DELAY_MS : openDelayMs,
      );
    },
    { capture: true, signal },
  );

  doc.addEventListener(
    'pointerout',
    (e) => {
      if (!e.isTrusted) return;
      if (e.pointerType === 'touch') return;
      const to = e.relatedTarget;
      if (core.isHost(e.target)) {
        if (core.isHost(to)) return; // moving inside the card
        inCard = false;
        if (!isCurrent(mentionOf(to)) && core.current()) scheduleClose();
        return;
      }
      const from = mentionOf(e.target);
      const toMention = mentionOf(to);
      if (!from || (toMention && mentionKey(toMention) === mentionKey(from))) return;
      pointerMention = null;
      const key = mentionKey(from);
      if (pendingKey === key) cancelOpen();
      const focused = mentionForFocus(doc.activeElement);
      if (core.dismissed() === key && (!focused || mentionKey(focused) !== key)) core.setDismissed(null);
      if (isCurrent(from) && !core.isHost(to)) scheduleClose();
    },
    { capture: true, signal },
  );

  doc.addEventListener(
    'focusin',
    (e) => {
      if (!e.isTrusted) return;
      const el = mentionForFocus(e.target);
      if (!el) return;
      if (core.takeFocusSuppression(el)) return; // focus returned by us (Esc, Shift+Tab)
      if (core.dismissed() === mentionKey(el)) return;
      cancelOpen();
      cancelClose();
      core.open(el, core.takeRequestedHow() ?? 'focus', performance.now(), null);
    },
    { capture: true, signal },
  );

  doc.addEventListener(
    'focusout',
    (e) => {
      if (!e.isTrusted) return;
      const from = mentionForFocus(e.target);
      const dismissed = core.dismissed();
      // Esc's dismissal lasts while pointer or focus stays on that mention.
      if (dismissed && from && mentionKey(from) === dismissed && (!pointerMention || mentionKey(pointerMention) !== dismissed)) {
        core.setDismissed(null);
      }
      if (!core.current() || !(core.isHost(e.target) || isCurrent(from))) return;
      // Decide after the focus move: a window switch keeps activeElement, so the card stays;
      // a move to another mention has already swapped the card in focusin.
      setTimeout(() => {
        if (signal.aborted || !core.current()) return;
        if (focusHolds()) return;
        if (inCard || isCurrent(pointerMention)) return; // the pointer still holds it open
        core.close();
      }, 0);
    },
    { capture: true, signal },
  );

  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
  });
}
