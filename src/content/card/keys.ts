/**
 * Keyboard: the card behaves as if it were inserted right after its mention in the tab order.
 *  - Tab on a mention whose card is open enters the card (first control), and so do Enter and
 *    Space on a mention the highlighter made a button ("activating it opens the card");
 *  - Tab/Shift+Tab move between the card's controls as usual;
 *  - Shift+Tab on the first control and Esc anywhere return focus to the mention;
 *  - Tab past the last control puts focus back on the mention WITHOUT preventing the default,
 *    so the browser's own Tab continues from the mention to the next thing in the page;
 *  - Alt+Shift+ArrowDown / ArrowUp go to the next / previous mention of any entity. No single
 *    letters: they clash with screen-reader browse-mode keys (Hypothesis client #4738).
 * Listeners are on the document in the capture phase; events from inside the closed root arrive
 * retargeted to the host (composedPath() from here stops at the host), so the root's own
 * activeElement tells which control has focus. While it is a text field, the keys are the
 * field's: typing, Esc and Alt+Shift+arrows (select to the paragraph edge on some systems) are
 * left alone, and Tab moves on as from any control.
 * Only keys the reader pressed count (`isTrusted`): a page dispatching keydown steers nothing.
 */
import type { CardCore } from './core';
import { focusTarget, isEditable, mentionForFocus, mentionKey } from './mentions';
import type { MentionDirection } from './types';

export function wireKeys(core: CardCore, doc: Document, signal: AbortSignal, step: (d: MentionDirection) => void): void {
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || e.defaultPrevented || e.isComposing) return;
      const editingInCard = core.focusInCard() && isEditable(core.activeControl());
      if (editingInCard && e.key !== 'Tab') return;
      if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        if (isEditable(e.composedPath()[0] ?? e.target)) return;
        e.preventDefault();
        step(e.key === 'ArrowDown' ? 'next' : 'previous');
        return;
      }
      const activated = (e.key === 'Enter' || e.key === ' ') && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
      const focused = mentionForFocus(doc.activeElement);
      if (activated && focused && focused === doc.activeElement && focused.getAttribute('role') === 'button') {
        e.preventDefault(); // Space would scroll the page
        if (core.dismissed() === mentionKey(focused)) core.setDismissed(null);
        core.open(focused, 'keyboard');
        core.enterCard();
        return;
      }
      const cur = core.current();
      if (!cur) return;
      const inCard = core.focusInCard();
      const onMention = !!focused && mentionKey(focused) === cur.key;

      if (e.key === 'Escape' && !e.altKey && !e.ctrlKey && !e.metaKey) {
        core.setDismissed(cur.key);
        core.close({ returnFocus: true });
        if (inCard || onMention) {
          e.preventDefault();
          e.stopPropagation(); // the page's own Esc (closing its menus) is not meant
        }
        return;
      }
      if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;

      const controls = core.controls();
      if (onMention && !e.shiftKey && controls.length > 0) {
        e.preventDefault();
        core.enterCard();
        return;
      }
      if (!inCard) return;
      const i = controls.indexOf(core.activeControl() as HTMLElement);
      if (e.shiftKey && i <= 0) {
        e.preventDefault();
        core.suppressFocus(cur.el);
        focusTarget(cur.el).focus({ preventScroll: true });
      } else if (!e.shiftKey && i === controls.length - 1) {
        // No preventDefault: the browser's Tab now starts from the mention.
        core.close({ returnFocus: true });
      }
    },
    { capture: true, signal },
  );
}
