/**
 * Offset maths between one analysed string and the text nodes it was built from. DOM-free:
 * a block is a list of parts, each either the data of one text node or synthetic text the
 * page does not contain as a node (e.g. "\n" for a <br>). The analyzer runs once over all
 * blocks joined with "\n\n", so document-level alias merging sees the whole article.
 */

/** One part of a block: the text of a text node (`node: true`) or synthetic separator text. */
export interface Part {
  text: string;
  node: boolean;
}

/** Where one text node's text sits in the joined document. */
interface Segment {
  /** Index of the text node in document order over all blocks (node parts only). */
  node: number;
  block: number;
  /** Start in the joined text. */
  start: number;
  /** Start in the block's own text. */
  blockStart: number;
  length: number;
}

export interface JoinedDocument {
  text: string;
  /** [start, end) of each block in `text`. */
  blocks: { start: number; end: number }[];
  /** Node parts in order; `segments[i].node === i`. */
  segments: Segment[];
}

const BLOCK_SEPARATOR = '\n\n';

export function blockText(parts: readonly Part[]): string {
  let s = '';
  for (const p of parts) s += p.text;
  return s;
}

/** Builds a JoinedDocument block by block. */
class Joiner {
  private readonly chunks: string[] = [];
  private readonly ranges: { start: number; end: number }[] = [];
  private readonly segments: Segment[] = [];
  private at = 0;

  constructor(private readonly separator: string) {}

  add(parts: readonly Part[]): void {
    const b = this.ranges.length;
    if (b > 0) {
      this.chunks.push(this.separator);
      this.at += this.separator.length;
    }
    const start = this.at;
    for (const p of parts) {
      if (p.node) this.segments.push({ node: this.segments.length, block: b, start: this.at, blockStart: this.at - start, length: p.text.length });
      this.chunks.push(p.text);
      this.at += p.text.length;
    }
    this.ranges.push({ start, end: this.at });
  }

  done(): JoinedDocument {
    return { text: this.chunks.join(''), blocks: this.ranges, segments: this.segments };
  }
}

export function joinBlocks(blocks: readonly (readonly Part[])[], separator = BLOCK_SEPARATOR): JoinedDocument {
  const joiner = new Joiner(separator);
  for (const parts of blocks) joiner.add(parts);
  return joiner.done();
}

/** Blocks joined between two calls of `pause` (well under a millisecond of work once warm). */
const JOIN_CHUNK = 64;

/**
 * `joinBlocks` for a long article: awaits `pause()` every JOIN_CHUNK blocks when it returns a
 * promise (a 1 MB article's 5,000 blocks and 25k text nodes took one 13-56 ms task in Chromium).
 */
export async function joinBlocksSliced(
  blocks: readonly (readonly Part[])[],
  pause: () => Promise<void> | void,
  separator = BLOCK_SEPARATOR,
): Promise<JoinedDocument> {
  const joiner = new Joiner(separator);
  for (let b = 0; b < blocks.length; b++) {
    if (b % JOIN_CHUNK === JOIN_CHUNK - 1) await pause();
    joiner.add(blocks[b]!);
  }
  return joiner.done();
}

/** A [start, end) slice of one text node that belongs to one mention. */
export interface NodePiece {
  mention: number;
  node: number;
  block: number;
  /** Offsets inside the text node. */
  start: number;
  end: number;
}

/** Index of the last segment starting at or before `pos` (binary search). */
function segmentAt(segments: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * Maps mentions ([start, end) in the joined text) to per-text-node pieces. A mention that
 * crosses an inline element boundary becomes several pieces sharing its index; synthetic text
 * and empty overlaps produce no piece. Pieces come out in document order.
 */
export function mentionPieces(doc: JoinedDocument, mentions: readonly { start: number; end: number }[]): NodePiece[] {
  const out: NodePiece[] = [];
  const segs = doc.segments;
  mentions.forEach((m, mention) => {
    if (!(m.end > m.start)) return;
    let i = Math.max(0, segmentAt(segs, m.start));
    for (; i < segs.length; i++) {
      const s = segs[i]!;
      if (s.start >= m.end) break;
      const from = Math.max(m.start, s.start);
      const to = Math.min(m.end, s.start + s.length);
      if (to > from) out.push({ mention, node: s.node, block: s.block, start: from - s.start, end: to - s.start });
    }
  });
  return out;
}

/** The block containing offset `pos` of the joined text; -1 for separator text. */
export function blockOfOffset(doc: JoinedDocument, pos: number): number {
  let lo = 0;
  let hi = doc.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = doc.blocks[mid]!;
    if (pos < b.start) hi = mid - 1;
    else if (pos >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
