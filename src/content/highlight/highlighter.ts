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
import { ATTR_ENTITY, ATTR_MENTION, ATTR_SHOWN_TYPES, ATTR_TYPE, MENTION_TAG } from './markup';

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

/** Whether highlights.css colours `type`: the types listed on <html>, or all but dates by default. */
export function typeShown(doc: Document, type: EntityType): boolean {
  const list = doc.documentElement.getAttribute(ATTR_SHOWN_TYPES);
  return list === null ? type !== 'DATE' : list.split(/\s+/).includes(type);
}

export function applyAttrs(el: HTMLElement, a: MentionAttrs, visible: boolean): void {
  el.setAttribute(ATTR_ENTITY, a.entityId);
  el.setAttribute(ATTR_TYPE, a.type);
  el.setAttribute(ATTR_MENTION, String(a.mentionIndex));
  if (el.parentElement?.closest('a[href]')) return;
  const stop = a.tabStop && visible && typeShown(el.ownerDocument, a.type); // no tab stop on an uncoloured mention
  el.setAttribute('tabindex', stop ? '0' : '-1');
  if (stop) {
    el.setAttribute('role', 'button');
    el.setAttribute('aria-haspopup', 'dialog');
  } else {
    el.removeAttribute('role');
    el.removeAttribute('aria-haspopup');
  }
}

/** Splits `node` at the pieces' edges and wraps each piece; pieces sorted, non-overlapping. */
function wrapNode(node: Text, pieces: WrapPiece[], visible: boolean, record: BlockRecord): void {
  const split: Split = { original: node, created: [] };
  let cursor: Text | null = node;
  let consumed = 0;
  for (const p of pieces) {
    if (!cursor || p.start < consumed || p.end > consumed + cursor.length) continue;
    if (p.start > consumed) {
      cursor = cursor.splitText(p.start - consumed);
      split.created.push(cursor);
      consumed = p.start;
    }
    let rest: Text | null = null;
    if (p.end - consumed < cursor.length) {
      rest = cursor.splitText(p.end - consumed);
      split.created.push(rest);
    }
    const el = node.ownerDocument.createElement(MENTION_TAG);
    cursor.parentNode!.insertBefore(el, cursor);
    el.appendChild(cursor);
    applyAttrs(el, p.attrs, visible);
    record.wrappers.push(el);
    record.keys.push(p.key);
    cursor = rest;
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
  for (const [i, list] of byNode) {
    const node = nodes[i];
    if (!node?.parentNode) continue;
    wrapNode(node, list.sort((a, b) => a.start - b.start), visible, record);
  }
  return record;
}

/** Exact undo of one block: unwrap our elements, then merge back only the nodes we split. */
export function unwrapBlock(record: BlockRecord): void {
  for (const el of record.wrappers) {
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
