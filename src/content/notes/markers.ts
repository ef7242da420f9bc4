/**
 * A small focusable marker at the end of each placed note's passage, in the closed shadow root,
 * placed over the text in document coordinates (so it scrolls with it). The marker is what makes
 * a painted passage reachable: it opens the note on hover and on keyboard focus (markers come
 * after the page's own content in tab order, in text order). Its accessible name holds the start
 * of the note, inside the closed root only.
 */
import type { NoteColor } from '../../core/notes/model';

export interface MarkerItem {
  id: string;
  color: NoteColor | null;
  range: Range;
  label: string;
}

export class NoteMarkers {
  private readonly buttons = new Map<string, { el: HTMLButtonElement; item: MarkerItem }>();
  private frame = 0;
  private readonly resize: ResizeObserver | null;

  constructor(
    private readonly layer: HTMLElement,
    private readonly doc: Document,
    signal: AbortSignal,
  ) {
    const win = doc.defaultView!;
    const later = () => this.schedule();
    win.addEventListener('resize', later, { signal, passive: true });
    this.resize = typeof ResizeObserver === 'function' ? new ResizeObserver(later) : null;
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Watches `roots` (the article) for layout changes that move the text. */
  watch(roots: readonly Element[]): void {
    if (!this.resize) return;
    this.resize.disconnect();
    for (const r of roots) this.resize.observe(r);
  }

  /** Shows exactly these markers, in text order (reusing the elements of notes already shown). */
  set(items: readonly MarkerItem[]): void {
    const keep = new Set(items.map((i) => i.id));
    for (const [id, b] of this.buttons) {
      if (!keep.has(id)) {
        b.el.remove();
        this.buttons.delete(id);
      }
    }
    let prev: HTMLButtonElement | null = null;
    for (const item of items) {
      let b = this.buttons.get(item.id);
      if (!b) {
        const el = this.doc.createElement('button');
        el.type = 'button';
        el.className = 'marker';
        b = { el, item };
        this.buttons.set(item.id, b);
      }
      b.item = item;
      b.el.dataset.color = item.color ?? 'yellow';
      b.el.setAttribute('aria-label', item.label);
      b.el.setAttribute('aria-haspopup', 'dialog');
      // Text order is tab order: each marker right after the previous one.
      if (prev ? prev.nextSibling !== b.el : this.layer.firstChild !== b.el) {
        if (prev) prev.after(b.el);
        else this.layer.prepend(b.el);
      }
      prev = b.el;
    }
    this.place();
  }

  /** The note id of one of our markers, or null for anything else. */
  idOf(el: EventTarget | null): string | null {
    for (const [id, b] of this.buttons) if (b.el === el) return id;
    return null;
  }

  element(id: string): HTMLButtonElement | null {
    return this.buttons.get(id)?.el ?? null;
  }

  range(id: string): Range | null {
    return this.buttons.get(id)?.item.range ?? null;
  }

  ids(): string[] {
    return [...this.buttons.keys()];
  }

  /** Places the markers again on the next frame (layout changed). */
  schedule(): void {
    if (this.frame) return;
    this.frame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  }

  destroy(): void {
    this.resize?.disconnect();
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    for (const b of this.buttons.values()) b.el.remove();
    this.buttons.clear();
  }

  private place(): void {
    const win = this.doc.defaultView!;
    // All rectangles are read before any marker moves: one layout, not one per marker.
    const spots = [...this.buttons.values()].map((b) => {
      const rects = b.item.range.getClientRects();
      const r = rects[rects.length - 1];
      return r && (r.width > 0 || r.height > 0) ? { x: r.right + win.scrollX, y: r.top + win.scrollY } : null;
    });
    let i = 0;
    for (const b of this.buttons.values()) {
      const spot = spots[i++];
      b.el.hidden = !spot;
      if (spot) {
        b.el.style.left = `${Math.round(spot.x)}px`;
        b.el.style.top = `${Math.round(spot.y)}px`;
      }
    }
  }
}
