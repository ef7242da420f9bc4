/**
 * A DOM in Node for the extension's article finder (src/content/article/), which runs on it
 * unchanged.
 *
 * - Parsing: parse5, which implements the HTML standard's tokenizer and tree construction, so a
 *   file gets the tree a browser builds (implied html/head/body, unclosed and misnested elements
 *   closed and adopted as the standard says). linkedom's own parser (htmlparser2) does not: a
 *   file of stray `<` made no document element at all. The tree is then built as linkedom nodes,
 *   which give the DOM API (selectors, traversal, textContent) the finder calls.
 * - Depth: like Chromium's parser, which stops nesting at 512 levels, a node deeper than
 *   MAX_DEPTH is put beside its parent instead of in it (its text stays, in order). The finder walks
 *   ancestors per element; on 100k nested unclosed <div>s that walk, unbounded, is quadratic.
 * - Globals: the finder reads `Node.*` and `NodeFilter.*` constants and tests `instanceof Element`,
 *   which a browser provides globally and Node does not. linkedom's `Node` has no
 *   DOCUMENT_POSITION_* constants, so `Node` here is a table of the standard values.
 * - TreeWalker: linkedom's has only nextNode(); the finder also skips subtrees with nextSibling()
 *   and parentNode(). This one follows the DOM standard's algorithms for a walker without a
 *   filter function (whatToShow only), over the node links linkedom keeps.
 * - compareDocumentPosition: linkedom's compares the two nodes' depths, not their order in the
 *   document (a deeper node always "follows"); the finder uses it to tell a headline before the
 *   body from one after it, so it is replaced with the standard's answer for two nodes.
 * - matches() and Element.querySelectorAll(): linkedom compiles the selector and walks the
 *   subtree on every call; the finder tests every element of the article against one long
 *   exclusion list, and looks for a headline in each ancestor of the body in turn. The documents
 *   built here are never changed, so each selector is run once over the whole document and its
 *   matches (in document order) answer every later call: an element matches when it is among
 *   them, and an element's descendants that match are the run of them between the element and
 *   the first element after its subtree (found by binary search on document-order numbers).
 * - getComputedStyle: there is no style cascade here, so an element is hidden when its own inline
 *   style says display: none or visibility: hidden (the `hidden` attribute and aria-hidden are the
 *   finder's own selector tests). Stylesheets are not applied: a file on disk has none of the
 *   page's CSS that a browser would have loaded anyway.
 */
import { Element as LinkedomElement, NodeFilter as LinkedomNodeFilter, parseHTML } from 'linkedom';
import { parse, html as parse5Html, type DefaultTreeAdapterTypes as P5 } from 'parse5';

/**
 * Attributes kept per element. linkedom looks an attribute up by walking the element's list, so
 * setting n of them costs n^2/2 steps; real elements have a handful, and the finder's selectors
 * ask for well-known ones (class, id, itemprop, hidden, ...), which come first in real markup.
 */
const MAX_ATTRIBUTES = 256;

/** Nesting depth beyond which Chromium's HTML parser stops nesting elements. */
export const MAX_DEPTH = 512;

const NODE_CONSTANTS = {
  ELEMENT_NODE: 1,
  ATTRIBUTE_NODE: 2,
  TEXT_NODE: 3,
  CDATA_SECTION_NODE: 4,
  PROCESSING_INSTRUCTION_NODE: 7,
  COMMENT_NODE: 8,
  DOCUMENT_NODE: 9,
  DOCUMENT_TYPE_NODE: 10,
  DOCUMENT_FRAGMENT_NODE: 11,
  DOCUMENT_POSITION_DISCONNECTED: 1,
  DOCUMENT_POSITION_PRECEDING: 2,
  DOCUMENT_POSITION_FOLLOWING: 4,
  DOCUMENT_POSITION_CONTAINS: 8,
  DOCUMENT_POSITION_CONTAINED_BY: 16,
  DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC: 32,
} as const;

const SHOW_BIT: Record<number, number> = { 1: 0x1, 3: 0x4, 4: 0x8, 7: 0x40, 8: 0x80, 9: 0x100, 10: 0x200, 11: 0x400 };

function installGlobals(): void {
  const g = globalThis as Record<string, unknown>;
  if (g.Node === undefined) g.Node = NODE_CONSTANTS;
  if (g.NodeFilter === undefined) g.NodeFilter = LinkedomNodeFilter;
  if (g.Element === undefined) g.Element = LinkedomElement;
}

/** The DOM standard's TreeWalker for a `whatToShow` mask and no filter function. */
class MaskTreeWalker {
  currentNode: Node;

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
  ) {
    this.currentNode = root;
  }

  private shows(node: Node): boolean {
    return ((SHOW_BIT[node.nodeType] ?? 0) & this.whatToShow) !== 0;
  }

  nextNode(): Node | null {
    let node = this.currentNode;
    for (;;) {
      const child = node.firstChild;
      if (child) node = child;
      else {
        let t: Node | null = node;
        for (;;) {
          if (t === null || t === this.root) return null;
          const sibling: Node | null = t.nextSibling;
          if (sibling) {
            node = sibling;
            break;
          }
          t = t.parentNode;
        }
      }
      if (this.shows(node)) return (this.currentNode = node);
    }
  }

  nextSibling(): Node | null {
    let node = this.currentNode;
    if (node === this.root) return null;
    for (;;) {
      let sibling = node.nextSibling;
      while (sibling) {
        node = sibling;
        if (this.shows(node)) return (this.currentNode = node);
        sibling = node.firstChild ?? node.nextSibling; // a skipped node's children are still candidates
      }
      const parent = node.parentNode;
      if (parent === null || parent === this.root || this.shows(parent)) return null;
      node = parent;
    }
  }

  parentNode(): Node | null {
    let node: Node | null = this.currentNode;
    while (node && node !== this.root) {
      node = node.parentNode;
      if (node && this.shows(node)) return (this.currentNode = node);
    }
    return null;
  }
}

/** Ancestors of `node` from the root down to `node` itself. */
function ancestry(node: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) chain.push(n);
  return chain.reverse();
}

/** Node.compareDocumentPosition as the DOM standard defines it (attributes aside). */
function compareDocumentPosition(this: Node, other: Node): number {
  const P = NODE_CONSTANTS;
  if (this === other) return 0;
  const mine = ancestry(this);
  const theirs = ancestry(other);
  if (mine[0] !== theirs[0]) return P.DOCUMENT_POSITION_DISCONNECTED | P.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC | P.DOCUMENT_POSITION_FOLLOWING;
  let i = 0;
  while (i < mine.length && i < theirs.length && mine[i] === theirs[i]) i++;
  if (i === mine.length) return P.DOCUMENT_POSITION_CONTAINED_BY | P.DOCUMENT_POSITION_FOLLOWING;
  if (i === theirs.length) return P.DOCUMENT_POSITION_CONTAINS | P.DOCUMENT_POSITION_PRECEDING;
  // mine[i] and theirs[i] are children of the same parent: whichever comes first decides.
  for (let s = mine[i]!.nextSibling; s; s = s.nextSibling) if (s === theirs[i]) return P.DOCUMENT_POSITION_FOLLOWING;
  return P.DOCUMENT_POSITION_PRECEDING;
}

/** Puts the standard compareDocumentPosition on the linkedom prototype that defines it. */
function fixCompareDocumentPosition(node: Node): void {
  const proto = owner(node, 'compareDocumentPosition');
  if (proto) Object.defineProperty(proto, 'compareDocumentPosition', { value: compareDocumentPosition, configurable: true, writable: true });
}

/** The selector answers of one document built here (never changed afterwards). */
interface StaticIndex {
  /** Each element's number in document order. */
  order: Map<Element, number>;
  /** selector -> its matches in document order, as a set and as their order numbers */
  bySelector: Map<string, { set: Set<Element>; list: Element[]; numbers: number[] }>;
}
const staticIndex = new WeakMap<Document, StaticIndex>();

function indexDocument(doc: Document): void {
  const order = new Map<Element, number>();
  for (let el: Element | null = doc.documentElement; el; el = nextElementInOrder(el, null)) order.set(el, order.size);
  staticIndex.set(doc, { order, bySelector: new Map() });
}

/** The element after `el` in document order, into its subtree unless `skipSubtree`; null at the end. */
function nextElementInOrder(el: Element, skipSubtree: true | null): Element | null {
  if (!skipSubtree && el.firstElementChild) return el.firstElementChild;
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}

function answers(index: StaticIndex, doc: Document, selectors: string) {
  let a = index.bySelector.get(selectors);
  if (!a) {
    const list = [...doc.querySelectorAll(selectors)];
    a = { set: new Set(list), list, numbers: list.map((el) => index.order.get(el) ?? -1) };
    index.bySelector.set(selectors, a);
  }
  return a;
}

/** First position in the ascending `xs` whose value is at least `x`. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The prototype in `obj`'s chain that defines `name`. */
function owner(obj: object, name: string): object | null {
  let proto: object | null = Object.getPrototypeOf(obj);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, name)) proto = Object.getPrototypeOf(proto);
  return proto;
}

/** Element.querySelectorAll through staticIndex where it applies (see the header). */
function installQueryMemo(el: Element): void {
  const proto = owner(el, 'querySelectorAll');
  if (!proto) return;
  const original = (proto as Element).querySelectorAll;
  if ((original as { memo?: boolean }).memo) return;
  function querySelectorAll(this: Element, selectors: string): Element[] | NodeListOf<Element> {
    const doc = this.ownerDocument;
    const index = this.nodeType === 1 && doc ? staticIndex.get(doc) : undefined;
    const at = index?.order.get(this);
    // :scope depends on the element asked, not only on the document
    if (!index || at === undefined || selectors.includes(':scope')) return original.call(this, selectors);
    const after = nextElementInOrder(this, true);
    const end = after ? index.order.get(after)! : Infinity;
    const { list, numbers } = answers(index, doc, selectors);
    return list.slice(lowerBound(numbers, at + 1), lowerBound(numbers, end));
  }
  Object.defineProperty(querySelectorAll, 'memo', { value: true });
  Object.defineProperty(proto, 'querySelectorAll', { value: querySelectorAll, configurable: true, writable: true });
}

/** Element.matches through staticIndex where it applies (see the header). */
function installMatchesMemo(el: Element): void {
  const proto = owner(el, 'matches');
  if (!proto) return;
  const original = (proto as Element).matches;
  if ((original as { memo?: boolean }).memo) return;
  function matches(this: Element, selectors: string): boolean {
    const index = staticIndex.get(this.ownerDocument);
    if (!index || !index.order.has(this) || selectors.includes(':scope')) return original.call(this, selectors);
    return answers(index, this.ownerDocument, selectors).set.has(this);
  }
  Object.defineProperty(matches, 'memo', { value: true });
  Object.defineProperty(proto, 'matches', { value: matches, configurable: true, writable: true });
}

/** What the finder reads of a computed style, from the element's own style attribute. */
function inlineStyle(el: Element): Pick<CSSStyleDeclaration, 'display' | 'visibility'> {
  const out = { display: '', visibility: 'visible' };
  for (const declaration of (el.getAttribute('style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace('!important', '')
      .trim()
      .toLowerCase();
    if (name === 'display') out.display = value;
    else if (name === 'visibility') out.visibility = value;
  }
  return out;
}

/** Copies parse5's tree into linkedom nodes (iteratively: the input may nest deeply). */
function build(source: P5.Document, doc: Document): void {
  const root = doc.documentElement;
  while (root.firstChild) root.removeChild(root.firstChild);
  for (const a of [...root.attributes]) root.removeAttribute(a.name);
  const depth = new Map<Node, number>([[root, 1]]);
  const html = source.childNodes.find((n): n is P5.Element => n.nodeName === 'html');
  if (!html) return;
  copyAttributes(html, root);
  // [parse5 node, the linkedom node its children go into]
  const stack: Array<[P5.ChildNode, Node]> = [];
  for (let i = html.childNodes.length - 1; i >= 0; i--) stack.push([html.childNodes[i]!, root]);
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, into] = item;
    let parent = into;
    if ((depth.get(parent) ?? 0) >= MAX_DEPTH) parent = parent.parentNode ?? parent;
    if (node.nodeName === '#text') {
      parent.appendChild(doc.createTextNode((node as P5.TextNode).value));
    } else if (node.nodeName === '#comment') {
      parent.appendChild(doc.createComment((node as P5.CommentNode).data));
    } else if ('tagName' in node) {
      const el = node.namespaceURI === parse5Html.NS.HTML ? doc.createElement(node.tagName) : doc.createElementNS(node.namespaceURI, node.tagName);
      copyAttributes(node, el);
      parent.appendChild(el);
      depth.set(el, (depth.get(parent) ?? 0) + 1);
      // (parse5 keeps a <template>'s children in its content fragment, out of the tree, as a browser does.)
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push([node.childNodes[i]!, el]);
    }
  }
}

function copyAttributes(from: P5.Element, to: Element): void {
  for (const { name, value } of from.attrs.length > MAX_ATTRIBUTES ? from.attrs.slice(0, MAX_ATTRIBUTES) : from.attrs) {
    try {
      to.setAttribute(name, value);
    } catch {
      // a name the DOM API refuses (the parser accepts any): the finder never asks for it
    }
  }
}

/** Parses `html` as a browser would into a document the article finder can read. */
export function parseDocument(html: string): Document {
  installGlobals();
  const { document, window } = parseHTML('<!DOCTYPE html><html></html>') as unknown as { document: Document; window: Record<string, unknown> };
  build(parse(html), document);
  fixCompareDocumentPosition(document.documentElement);
  installMatchesMemo(document.documentElement);
  installQueryMemo(document.documentElement);
  indexDocument(document);
  window.getComputedStyle = inlineStyle;
  (document as { createTreeWalker: unknown }).createTreeWalker = (root: Node, whatToShow = 0xffffffff) => new MaskTreeWalker(root, whatToShow);
  return document;
}
