/**
 * The article's text exactly as the annotator reads it (the same finder, blocks and joining:
 * annotate/read.ts, core/anchoring/offsets.ts), with the text nodes it came from, so a note's
 * text offsets become a DOM Range and a reader's selection becomes text offsets. Reading is
 * sliced like a highlighting pass; mapping either way is a binary search over the nodes.
 */
import { joinBlocks, type JoinedDocument } from '../../core/anchoring/offsets';
import { offsetOf, pointAt } from '../../core/anchoring/points';
import { AnchorText } from '../../core/notes/anchoring/anchor';
import { findArticle } from '../article/find';
import { MIN_ARTICLE_CHARS, readArticle } from '../annotate/read';
import { Slicer } from '../annotate/scheduler';

export interface ArticleText {
  /** Where the text was read from (the article body and the headline, if separate). */
  roots: Element[];
  text: string;
  joined: JoinedDocument;
  /** The text nodes of `joined.segments`, in order. */
  nodes: Text[];
  /** The text, folded once for anchoring every note on it. */
  anchorText: AnchorText;
}

/** Reads the article in slices; null while the page has no article (yet). */
export async function readArticleText(doc: Document): Promise<ArticleText | null> {
  const found = findArticle(doc);
  if (found.method === 'body') return null;
  const blocks = await readArticle(found.body, found.headline, new Slicer());
  const joined = joinBlocks(blocks.map((b) => b.parts));
  const chars = blocks.reduce((n, b) => n + b.text.length, 0);
  if (chars < MIN_ARTICLE_CHARS || !found.body.isConnected) return null;
  const roots = found.headline && !found.body.contains(found.headline) ? [found.body, found.headline] : [found.body];
  return { roots, text: joined.text, joined, nodes: blocks.flatMap((b) => b.nodes), anchorText: new AnchorText(joined.text) };
}

/** A live Range over text[start, end), or null when its nodes have changed since the read. */
export function rangeOf(at: ArticleText, start: number, end: number): Range | null {
  const a = pointAt(at.joined, start, 'start');
  const b = pointAt(at.joined, end, 'end');
  if (!a || !b || a.node > b.node) return null;
  const from = at.nodes[a.node]!;
  const to = at.nodes[b.node]!;
  if (!from.isConnected || !to.isConnected || a.offset > from.length || b.offset > to.length) return null;
  const range = from.ownerDocument.createRange();
  range.setStart(from, a.offset);
  range.setEnd(to, b.offset);
  return range;
}

/** Whether `node` lies inside the article as read. */
export function inArticle(at: ArticleText, node: Node): boolean {
  return at.roots.some((r) => r.contains(node));
}

/** comparePoint that treats a node from another tree as "outside" instead of throwing. */
function compare(range: Range, node: Node, offset: number): number | null {
  try {
    return range.comparePoint(node, offset);
  } catch {
    return null;
  }
}

/**
 * The text offsets a Range covers in the article text: from the first article node it reaches
 * into to the last one. Null when it covers none of the article's text (or a node is stale).
 */
export function offsetsOf(at: ArticleText, range: Range): { start: number; end: number } | null {
  const { nodes } = at;
  // First node whose end is not before the range's start (monotonic in document order).
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = compare(range, nodes[mid]!, nodes[mid]!.length);
    if (c === null) return null;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  // Last node whose start is not after the range's end.
  lo = -1;
  hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const c = compare(range, nodes[mid]!, 0);
    if (c === null) return null;
    if (c > 0) hi = mid - 1;
    else lo = mid;
  }
  const last = lo;
  if (first >= nodes.length || last < 0 || first > last) return null;
  const startOffset = nodes[first] === range.startContainer ? range.startOffset : 0;
  const endOffset = nodes[last] === range.endContainer ? range.endOffset : nodes[last]!.length;
  const start = offsetOf(at.joined, { node: first, offset: startOffset });
  const end = offsetOf(at.joined, { node: last, offset: endOffset });
  return end > start ? { start, end } : null;
}
