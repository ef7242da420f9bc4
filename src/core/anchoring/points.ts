/**
 * Offsets of the joined article text (offsets.ts) as points in its text nodes, and back: what a
 * DOM Range over the article needs to mark a note's place, and what a reader's selection becomes
 * as note selectors. DOM-free: nodes are named by their index in the joined document's segments.
 */
import type { JoinedDocument } from './offsets';

/** A point inside one text node: the node's index in document order and an offset in its text. */
export interface TextPoint {
  node: number;
  offset: number;
}

/** Index of the last segment starting at or before `pos`; -1 when none does. */
function lastStartingAtOrBefore(doc: JoinedDocument, pos: number): number {
  let lo = 0;
  let hi = doc.segments.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.segments[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The point where text offset `pos` lies, for the start of a range (`side` 'start': an offset in
 * separator text, e.g. between two blocks, moves forward to the next node's first character) or
 * its end ('end': it moves back to the previous node's last character). Null when there is no
 * node on that side.
 */
export function pointAt(doc: JoinedDocument, pos: number, side: 'start' | 'end'): TextPoint | null {
  const segs = doc.segments;
  if (segs.length === 0) return null;
  let i = lastStartingAtOrBefore(doc, pos);
  if (side === 'start') {
    // A node that starts at or before pos and reaches past it holds the point; else the next node.
    if (i >= 0 && pos < segs[i]!.start + segs[i]!.length) return { node: i, offset: pos - segs[i]!.start };
    for (i = Math.max(0, i + 1); i < segs.length && segs[i]!.length === 0; i++);
    return i < segs.length ? { node: i, offset: 0 } : null;
  }
  // End side: the node must start before pos (a point at a node's start ends the previous one).
  while (i >= 0 && (segs[i]!.start >= pos || segs[i]!.length === 0)) i--;
  if (i < 0) return null;
  const s = segs[i]!;
  return { node: i, offset: Math.min(pos - s.start, s.length) };
}

/** The text offset of a point in node `node` (clamped to the node's text). */
export function offsetOf(doc: JoinedDocument, point: TextPoint): number {
  const s = doc.segments[point.node];
  if (!s) throw new RangeError(`no text node ${point.node} (the document has ${doc.segments.length})`);
  return s.start + Math.max(0, Math.min(point.offset, s.length));
}
