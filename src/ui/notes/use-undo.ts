/**
 * The few seconds after a delete during which Undo is offered. The time runs while the Undo
 * button has neither focus nor the pointer, so a reader who reaches it by keyboard or mouse
 * keeps it until they leave it. Shared by the card's notes and the popup's.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** How long Undo stays after a delete, or after focus or the pointer left its button. */
export const UNDO_MS = 5000;

export interface UndoWindow<T> {
  /** What a press of Undo would bring back, or null when Undo is not offered. */
  item: T | null;
  /** Offers Undo for `item` (replacing any earlier offer) and starts the time. */
  offer(item: T): void;
  /** Stops the time (Undo was pressed: the caller dismisses once the item is back). */
  hold(): void;
  /** Withdraws the offer. */
  dismiss(): void;
  /** For the Undo button. */
  ref: { current: HTMLButtonElement | null };
  buttonProps: { onBlur(): void; onMouseLeave(): void; onMouseEnter(): void; onFocus(): void };
}

export function useUndo<T>(): UndoWindow<T> {
  const [item, setItem] = useState<T | null>(null);
  const ref = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const live = useRef(true);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const hold = () => clearTimeout(timer.current);
  const start = () => {
    hold();
    timer.current = setTimeout(() => {
      if (!live.current) return;
      const button = ref.current;
      const root = button?.getRootNode() as Document | ShadowRoot | undefined;
      if (button && (root?.activeElement === button || button.matches(':hover'))) return; // blur or mouseleave restarts it
      setItem(null);
    }, UNDO_MS);
  };

  return {
    item,
    offer(next) {
      setItem(() => next);
      start();
    },
    hold,
    dismiss() {
      hold();
      setItem(null);
    },
    ref,
    buttonProps: { onBlur: start, onMouseLeave: start, onMouseEnter: hold, onFocus: hold },
  };
}
