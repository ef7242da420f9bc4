/**
 * The article as blocks of text: the headline, then each paragraph-like element of the body,
 * with its text nodes in order. Inline markup (links, emphasis, our own mention elements) stays
 * part of its block; excluded subtrees (see exclude.ts) contribute nothing.
 */
import type { Part } from '../../core/anchoring/offsets';
import { blockText } from '../../core/anchoring/offsets';
import { isExcluded } from './exclude';

/** Elements that start a new block; text is assigned to its nearest such ancestor. */
const BLOCK_TAGS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'dd',
  'dt',
  'td',
  'th',
  'caption',
  'div',
  'section',
  'article',
  'main',
  'body',
  'ul',
  'ol',
  'dl',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'figure',
  'details',
  'summary',
  'address',
  'center',
  'hgroup',
]);

export interface TextBlock {
  element: Element;
  /** Text nodes and synthetic separators (for <br>), in order. */
  parts: Part[];
  /** The text nodes of `parts`, in order (one per node part). */
  nodes: Text[];
  text: string;
  /** Set for the headline: all its text is one block. */
  whole?: boolean;
}

interface Draft {
  element: Element;
  parts: Part[];
  nodes: Text[];
}

function nearestBlock(node: Node, root: Element): Element {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.localName)) return el;
  }
  return root;
}

/** Nodes visited between two chances to pause (a few dozen microseconds of work). */
const CHECK_EVERY = 64;
/** A walk restarted this often because the page removed the node it stood on finishes without pausing. */
const MAX_RESTARTS = 3;

/** Moves `walker` past the current node's subtree; returns the node there (null at the end). */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/**
 * Walks `root` and groups its text into blocks in document order, into `out`. `skip` (e.g. the
 * headline when it sits inside the body) is left out with its subtree. Yields every CHECK_EVERY
 * nodes so a caller may pause there (it resumes the walk with `true` if it did); if the page then
 * removed the node the walk stood on, the walk starts again (changes elsewhere are the caller's:
 * its change watcher sees them).
 *
 * The walk tests nodes itself rather than through a NodeFilter: in Firefox each call between the
 * page's DOM and a content script crosses a security wrapper, and a filter is such a call, in the
 * other direction, for every node. (One querySelectorAll of the exclusions instead of matches()
 * per element is slower there: its NodeList is read through the same wrapper.)
 */
function* walkBlocks(
  root: Element,
  skip: Element | null,
  style: 'check' | 'cached',
  maxChars: number,
  out: TextBlock[],
): Generator<void, void, boolean | undefined> {
  const doc = root.ownerDocument;
  for (let restarts = 0; ; restarts++) {
    const drafts = new Map<Element, Draft>();
    const order: Draft[] = [];
    const blockOf = new Map<Element | null, Element>(); // nearest block by parent element
    let last: Draft | null = null;
    let chars = 0;
    let visited = 0;
    let lost = false;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let n = walker.nextNode();
    while (n) {
      if (++visited % CHECK_EVERY === 0 && restarts < MAX_RESTARTS) {
        if (yield) {
          blockOf.clear(); // the page may have moved things meanwhile
          if (!root.isConnected) break; // the caller finds the article again
          if (!root.contains(n)) {
            lost = true;
            break;
          }
        }
      }
      const isElement = n.nodeType === Node.ELEMENT_NODE;
      if (isElement && (n === skip || isExcluded(n as Element, style))) {
        n = skipSubtree(walker);
        continue;
      }
      const isBr = isElement && (n as Element).localName === 'br';
      if (isElement && !isBr) {
        n = walker.nextNode();
        continue;
      }
      if (chars > maxChars) break; // a huge page: the caller will not analyse past this anyway
      const parent = n.parentElement;
      let el = blockOf.get(parent);
      if (!el) blockOf.set(parent, (el = nearestBlock(n, root)));
      let d = drafts.get(el);
      if (!d) {
        d = { element: el, parts: [], nodes: [] };
        drafts.set(el, d);
        order.push(d);
      } else if (last !== d && d.parts.length > 0) {
        d.parts.push({ text: '\n', node: false }); // a nested block interrupted this one: keep words apart
      }
      last = d;
      if (isBr) d.parts.push({ text: '\n', node: false });
      else {
        chars += (n as Text).length;
        d.parts.push({ text: (n as Text).data, node: true });
        d.nodes.push(n as Text);
      }
      n = walker.nextNode();
    }
    if (lost) continue;
    // Each block's text is built at the end; for a 1 MB article's 5,000 blocks that takes 15-40 ms
    // in one go, so it pauses too (what changes meanwhile is the change watcher's).
    for (let i = 0; i < order.length; i++) {
      if (i % CHECK_EVERY === CHECK_EVERY - 1 && restarts < MAX_RESTARTS) yield;
      const d = order[i]!;
      const text = blockText(d.parts);
      if (text.trim()) out.push({ ...d, text });
    }
    return;
  }
}

/** `walkBlocks` in one go. */
function collectBlocksIn(root: Element, skip: Element | null = null, style: 'check' | 'cached' = 'check', maxChars = Infinity): TextBlock[] {
  const out: TextBlock[] = [];
  for (const _ of walkBlocks(root, skip, style, maxChars, out));
  return out;
}

/** All text under `el` as one block (the headline, whatever its inner markup). */
function wholeBlock(el: Element, style: 'check' | 'cached' = 'check'): TextBlock | null {
  const inner = collectBlocksIn(el, null, style);
  if (inner.length === 0) return null;
  const sep: Part = { text: '\n', node: false };
  const parts = inner.flatMap((b, i) => (i > 0 ? [sep, ...b.parts] : b.parts));
  return { element: el, parts, nodes: inner.flatMap((b) => b.nodes), text: blockText(parts), whole: true };
}

/**
 * The headline block (if any) followed by the body's blocks, into `out`, yielding where a caller
 * may pause (see walkBlocks). Reading stops soon after `maxChars` of text (the last block may then
 * be cut short: callers drop it).
 */
function* walkTextBlocks(body: Element, headline: Element | null, maxChars: number, out: TextBlock[]): Generator<void, void, boolean | undefined> {
  const head = headline ? wholeBlock(headline) : null;
  if (head) out.push(head);
  const inBody = headline && body.contains(headline) ? headline : null;
  yield* walkBlocks(body, inBody, 'check', maxChars, out);
}

/** The headline and body blocks in one go (see walkTextBlocks). */
export function collectTextBlocks(body: Element, headline: Element | null, maxChars = Infinity): TextBlock[] {
  const out: TextBlock[] = [];
  for (const _ of walkTextBlocks(body, headline, maxChars, out));
  return out;
}

/**
 * `collectTextBlocks` for a long article: awaits `pause()` whenever it returns a promise (its slice
 * is used up), so reading a 1 MB article (40-150 ms of DOM walking and style checks) is no long task.
 */
export async function readTextBlocks(body: Element, headline: Element | null, maxChars: number, pause: () => Promise<void> | undefined): Promise<TextBlock[]> {
  const out: TextBlock[] = [];
  const walk = walkTextBlocks(body, headline, maxChars, out);
  for (let step = walk.next(); !step.done;) {
    const wait = pause();
    if (wait) await wait; // no microtask hop while the slice lasts
    step = walk.next(Boolean(wait));
  }
  return out;
}

/** Re-reads one block after its nodes changed (e.g. after unwrapping): the same rules, one element, no style recalc. */
export function collectBlock(block: Pick<TextBlock, 'element' | 'whole'>): TextBlock | null {
  if (block.whole) return wholeBlock(block.element, 'cached');
  return collectBlocksIn(block.element, null, 'cached').find((b) => b.element === block.element) ?? null;
}
