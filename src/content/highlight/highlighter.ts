/**
 * Wraps mention pieces in <archyde-entity> elements, block by block, with an exact undo.
 *
 * Why wrapping and not the CSS Custom Highlight API: the Highlight API paints ranges without
 * touching the DOM, but a painted range is not an element, so it cannot take keyboard focus,
 * carry a role or accessible name, be hit-tested by the browser, or receive hover/focus events;
 * the card would have to hit-test with caretPositionFromPoint on every mouse move and could
 * never be reached with Tab or announced by a screen reader. Cards must open on keyboard focus,
 * so mentions must be elements. Wrapping costs DOM mutation, which we keep honest: every range
 * is computed before any element is inserted, text content never changes, links keep their
 * text inside them (we wrap text nodes, so a mention in a link is wrapped inside the <a>), and
 * removal unwraps and merges back exactly the text nodes we split (never normalize(), which
 * would also merge nodes the page split itself), so innerHTML is byte-identical afterwards.
 *
 * Focus pattern: one tab stop per entity. Its first mention outside a link gets tabindex="0",
 * role="button" and aria-haspopup="dialog" (activating it opens the card); every other mention
 * gets tabindex="-1" (focusable from the card's "next mention", not a tab stop) and no role, so
 * screen readers read repeated names as plain text. Mentions inside links get neither: nested
 * interactive content is invalid, and the link itself is already focusable. Hidden highlights,
 * and mentions of types the reader does not show, have no tab stops.
 */
import type { EntityType } from '../../core/types';
import { COLOR_VARS } from '../../ui/colors';
import { ATTR_ENTITY, ATTR_INSTANCE, ATTR_MENTION, ATTR_TONE, ATTR_TYPE, INSTANCE_ID, MENTION_TAG, disownMention, ownMention } from './markup';
import { pageTone } from './page-tone';
import { isTypeShown } from './shown-types';
import { colorPropsFor, type ColorProps } from './type-colors';

export interface MentionAttrs {
  entityId: string;
  type: EntityType;
  mentionIndex: number;
  /** The entity's one tab stop. */
  tabStop: boolean;
}

/** A [start, end) slice of `nodes[node]` to wrap. */
export interface WrapPiece {
  node: number;
  start: number;
  end: number;
  /** Caller's id for the mention this piece belongs to; kept per wrapper in BlockRecord.keys. */
  key: number;
  attrs: MentionAttrs;
}

interface Split {
  original: Text;
  created: Text[];
}

/** What was done to one block, so it can be undone or compared with what it should be. */
export interface BlockRecord {
  text: string;
  signature: string;
  wrappers: HTMLElement[];
  /** WrapPiece.key of each wrapper. */
  keys: number[];
  splits: Split[];
}

/** Whether mentions of a type are coloured and can be tab stops: the reader's shown types (kept in our world, see shown-types.ts). */
function shownTypes(doc: Document): (type: EntityType) => boolean {
  return (type) => isTypeShown(doc, type);
}

/** The focus attributes of a mention: inside a link (none), the entity's tab stop, or any other. */
type FocusKind = 'link' | 'stop' | 'plain';

function focusKind(a: MentionAttrs, visible: boolean, inLink: boolean, shown: (type: EntityType) => boolean): FocusKind {
  if (inLink) return 'link';
  return a.tabStop && visible && shown(a.type) ? 'stop' : 'plain'; // no tab stop on an uncoloured mention
}

function setFocusAttrs(el: HTMLElement, kind: FocusKind): void {
  if (kind === 'link') return;
  el.setAttribute('tabindex', kind === 'stop' ? '0' : '-1');
  if (kind === 'stop') {
    el.setAttribute('role', 'button');
    el.setAttribute('aria-haspopup', 'dialog');
  }
}

/** The reader's-colour key (type-colors.ts) each element carries; '' or missing: none, the default palette. */
const colourKeys = new WeakMap<Element, string>();

function writeColourProps(el: HTMLElement, props: ColorProps): void {
  // !important: a page rule aimed at our element cannot override the reader's colour.
  for (const [name, value] of props) el.style.setProperty(name, value, 'important');
}

/** Gives `el` the reader's colour for its type, touching the element only when that changed. */
function setColourProps(el: HTMLElement, type: EntityType, coloured: boolean): void {
  const want = coloured ? colorPropsFor(el.ownerDocument, type) : { key: '', props: [] };
  const had = colourKeys.get(el) ?? '';
  if (want.key === had) return;
  if (had) {
    for (const name of Object.values(COLOR_VARS)) el.style.removeProperty(name);
    if (el.style.length === 0) el.removeAttribute('style');
  }
  writeColourProps(el, want.props);
  colourKeys.set(el, want.key);
}

/** Our record of `el` and its type attribute, which is present only while the mention is painted. */
function setColour(el: HTMLElement, a: MentionAttrs, coloured: boolean): void {
  ownMention(el, a, coloured);
  if (coloured) el.setAttribute(ATTR_TYPE, a.type);
  else el.removeAttribute(ATTR_TYPE);
  setColourProps(el, a.type, coloured);
}

/** The palette of the page's tone (page-tone.ts), on every mention so its focus ring follows it too. */
function setTone(el: HTMLElement, dark: boolean): void {
  if (dark) el.setAttribute(ATTR_TONE, 'dark');
  else el.removeAttribute(ATTR_TONE);
}

export function applyAttrs(el: HTMLElement, a: MentionAttrs, visible: boolean): void {
  el.setAttribute(ATTR_ENTITY, a.entityId);
  el.setAttribute(ATTR_MENTION, String(a.mentionIndex));
  setTone(el, pageTone(el.ownerDocument) === 'dark');
  const shown = shownTypes(el.ownerDocument);
  setColour(el, a, visible && shown(a.type));
  const kind = focusKind(a, visible, !!el.parentElement?.closest('a[href]'), shown);
  if (kind === 'link') return;
  if (kind !== 'stop') {
    el.removeAttribute('role');
    el.removeAttribute('aria-haspopup');
  }
  setFocusAttrs(el, kind);
}

/**
 * New mention elements are shallow clones of a per-document template that already carries the
 * type and focus attributes: in Firefox every DOM call from a content script goes through a
 * security wrapper, and wrapping an article's first mentions was mostly such calls.
 */
const templates = new WeakMap<Document, Map<string, HTMLElement>>();

function newMention(doc: Document, a: MentionAttrs, kind: FocusKind, coloured: boolean): HTMLElement {
  let byKey = templates.get(doc);
  if (!byKey) templates.set(doc, (byKey = new Map()));
  const dark = pageTone(doc) === 'dark';
  const key = `${kind} ${a.type} ${coloured} ${dark}`;
  let tpl = byKey.get(key);
  if (!tpl) {
    tpl = doc.createElement(MENTION_TAG);
    tpl.setAttribute(ATTR_INSTANCE, INSTANCE_ID);
    setTone(tpl, dark);
    if (coloured) tpl.setAttribute(ATTR_TYPE, a.type);
    setFocusAttrs(tpl, kind);
    byKey.set(key, tpl);
  }
  const el = tpl.cloneNode(false) as HTMLElement;
  el.setAttribute(ATTR_ENTITY, a.entityId);
  el.setAttribute(ATTR_MENTION, String(a.mentionIndex));
  ownMention(el, a, coloured);
  // The reader's colour is set through the element's style object on each element, not cloned
  // from the template: a page whose CSP forbids inline styles may block a copied style attribute.
  if (coloured) setColourProps(el, a.type, true);
  return el;
}

/**
 * Splits `node` at the pieces' edges and wraps each piece; pieces sorted, non-overlapping.
 * Lengths and the parent are tracked here rather than read back from the DOM (see newMention).
 */
function wrapNode(node: Text, parent: Node, pieces: WrapPiece[], visible: boolean, record: BlockRecord, shown: (type: EntityType) => boolean): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  const inLink = !!node.parentElement?.closest('a[href]');
  const split: Split = { original: node, created: [] };
  let cursor: Text | null = node;
  let cursorLength = node.length;
  let consumed = 0;
  for (const p of pieces) {
    if (!cursor || p.start < consumed || p.end > consumed + cursorLength) continue;
    if (p.start > consumed) {
      cursor = cursor.splitText(p.start - consumed);
      split.created.push(cursor);
      cursorLength -= p.start - consumed;
      consumed = p.start;
    }
    let rest: Text | null = null;
    const length = p.end - consumed;
    if (length < cursorLength) {
      rest = cursor.splitText(length);
      split.created.push(rest);
    }
    const el = newMention(doc, p.attrs, focusKind(p.attrs, visible, inLink, shown), visible && shown(p.attrs.type));
    parent.insertBefore(el, cursor);
    el.appendChild(cursor);
    record.wrappers.push(el);
    record.keys.push(p.key);
    cursor = rest;
    cursorLength -= length;
    consumed = p.end;
  }
  if (split.created.length > 0) record.splits.push(split);
}

/** Wraps all pieces of one block. `nodes` must be the block's current text nodes. */
export function wrapBlock(nodes: readonly Text[], pieces: readonly WrapPiece[], visible: boolean, text: string, signature: string): BlockRecord {
  const record: BlockRecord = { text, signature, wrappers: [], keys: [], splits: [] };
  const byNode = new Map<number, WrapPiece[]>();
  for (const p of pieces) {
    if (p.end <= p.start) continue;
    const list = byNode.get(p.node) ?? [];
    list.push(p);
    byNode.set(p.node, list);
  }
  const doc = nodes[0]?.ownerDocument;
  if (byNode.size === 0 || !doc) return record;
  const shown = shownTypes(doc);
  for (const [i, list] of byNode) {
    const node = nodes[i];
    const parent = node?.parentNode;
    if (!node || !parent) continue;
    wrapNode(
      node,
      parent,
      list.sort((a, b) => a.start - b.start),
      visible,
      record,
      shown,
    );
  }
  return record;
}

/** Exact undo of one block: unwrap our elements, then merge back only the nodes we split. */
export function unwrapBlock(record: BlockRecord): void {
  for (const el of record.wrappers) {
    disownMention(el);
    if (el.parentNode) el.replaceWith(...el.childNodes);
  }
  for (const { original, created } of record.splits) {
    for (const frag of created) {
      // The page may have moved or replaced nodes meanwhile: merge only true neighbours.
      if (original.nextSibling !== frag) break;
      original.appendData(frag.data);
      frag.remove();
    }
  }
  record.wrappers.length = 0;
  record.keys.length = 0;
  record.splits.length = 0;
}

/** True while every element of the record is still where we put it, around its text. */
export function recordIntact(block: Element, record: BlockRecord): boolean {
  return record.wrappers.every((el) => el.parentNode !== null && block.contains(el) && el.firstChild !== null);
}
