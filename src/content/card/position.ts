/**
 * Places the card next to its mention with Floating UI and keeps it there while open.
 * The card sits below (or, flipped, above) the mention and never over it: shift moves it only
 * sideways, and size caps its height to the room on the chosen side (the card scrolls inside).
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

const GAP_PX = 8;
const EDGE_PX = 8;
const MIN_HEIGHT_PX = 80;

/** All parts of a mention as one reference; inline() picks the line box next to the card. */
function reference(parts: HTMLElement[]): VirtualElement {
  const first = parts[0]!;
  const rects = () => parts.flatMap((p) => [...p.getClientRects()]);
  return {
    contextElement: first,
    getClientRects: () => rects() as unknown as DOMRectList,
    getBoundingClientRect() {
      const all = rects();
      if (all.length === 0) return first.getBoundingClientRect();
      const left = Math.min(...all.map((r) => r.left));
      const top = Math.min(...all.map((r) => r.top));
      const right = Math.max(...all.map((r) => r.right));
      const bottom = Math.max(...all.map((r) => r.bottom));
      return { x: left, y: top, left, top, right, bottom, width: right - left, height: bottom - top } as DOMRect;
    },
  };
}

/**
 * Starts following `parts` with `card`; calls `onPlaced` after each placement and `onLost`
 * when the mention has left the document.
 * Returns the function that stops following.
 */
export function follow(card: HTMLElement, parts: HTMLElement[], onPlaced: () => void, onLost: () => void): () => void {
  const ref = reference(parts);
  let stopped = false;
  const update = () => {
    if (!parts[0]!.isConnected) {
      queueMicrotask(onLost); // not from inside autoUpdate's own call
      return;
    }
    void computePosition(ref, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(GAP_PX),
        flip({ padding: EDGE_PX, fallbackStrategy: 'bestFit' }),
        shift({ padding: EDGE_PX }),
        size({
          padding: EDGE_PX,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `${Math.max(MIN_HEIGHT_PX, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      if (stopped) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
      onPlaced();
    });
  };
  const stop = autoUpdate(ref, card, update);
  return () => {
    stopped = true;
    stop();
  };
}
