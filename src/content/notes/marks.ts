/**
 * Marks a note's place in the text with the CSS Custom Highlight API: the browser paints the
 * ranges (`::highlight(name)` rules in notes.css), the page's DOM stays exactly as it was, and
 * the marks sit on top of entity highlights without splitting or nesting their elements
 * (docs/decisions/0110-note-marks.md). One Highlight per note colour. The highlight registry is
 * shared with the page, so a page can learn where marks are (it can see them anyway), never what
 * a note says. Where the API is missing, notes still get their markers (markers.ts).
 */
import { NOTE_COLORS, type NoteColor } from '../../core/notes/model';

const PREFIX = 'archyde-annotator-note-';
/** A note without a colour is painted in the first one. */
const DEFAULT_COLOR: NoteColor = NOTE_COLORS[0];
const FLASH = `${PREFIX}flash`;
const FLASH_MS = 1200;

export const highlightName = (color: NoteColor | null): string => PREFIX + (color ?? DEFAULT_COLOR);

type Registry = Map<string, Highlight>;
type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

function api(win: Window): { registry: Registry; Ctor: HighlightCtor } | null {
  const g = win as unknown as { CSS?: { highlights?: Registry }; Highlight?: HighlightCtor };
  const registry = g.CSS?.highlights;
  return registry && typeof g.Highlight === 'function' ? { registry, Ctor: g.Highlight } : null;
}

export class NoteMarks {
  private readonly api: ReturnType<typeof api>;
  private readonly own = new Map<string, Highlight>();
  /** What each highlight holds, kept here: Firefox cannot iterate a page object from a content script (Xray). */
  private readonly painted = new Map<string, Range[]>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(win: Window) {
    this.api = api(win);
  }

  get supported(): boolean {
    return this.api !== null;
  }

  /** Paints exactly these ranges (replacing what was painted before). */
  set(marks: readonly { color: NoteColor | null; range: Range }[]): void {
    if (!this.api) return;
    const byName = new Map<string, Range[]>();
    for (const m of marks) {
      const name = highlightName(m.color);
      let list = byName.get(name);
      if (!list) byName.set(name, (list = []));
      list.push(m.range);
    }
    for (const [name, h] of this.own) {
      if (byName.has(name) || name === FLASH) continue;
      h.clear();
      this.painted.delete(name);
    }
    for (const [name, ranges] of byName) {
      const h = this.highlight(name);
      h.clear();
      for (const r of ranges) h.add(r);
      this.painted.set(name, ranges);
    }
  }

  /** Flashes `range` for about a second (Show in page). */
  flash(range: Range): void {
    if (!this.api) return;
    const h = this.highlight(FLASH);
    h.clear();
    h.add(range);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => h.clear(), FLASH_MS);
  }

  /** What is painted, by highlight name: the text of each range (tests, diagnostics). */
  snapshot(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const [name, ranges] of this.painted) if (ranges.length) out[name] = ranges.map((r) => r.toString());
    return out;
  }

  /** The exact undo: our highlights leave the registry (and only ours, by identity). */
  destroy(): void {
    clearTimeout(this.flashTimer);
    if (!this.api) return;
    for (const [name, h] of this.own) {
      h.clear();
      if (this.api.registry.get(name) === h) this.api.registry.delete(name);
    }
    this.own.clear();
    this.painted.clear();
  }

  private highlight(name: string): Highlight {
    let h = this.own.get(name);
    if (!h) {
      h = new this.api!.Ctor();
      // Above the page's own highlights of the same ranges, if it has any.
      h.priority = 1;
      this.own.set(name, h);
    }
    // Registered again whenever the page replaced or removed it: the marks are the reader's.
    if (this.api!.registry.get(name) !== h) this.api!.registry.set(name, h);
    return h;
  }
}
