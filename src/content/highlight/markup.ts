/**
 * The markup contract between the highlighter (which wraps mentions) and the card (which reads them).
 *
 * Mentions are wrapped in a custom element rather than a <span>: page CSS aimed at spans or at
 * `article p *` rarely matches an unknown element name. Only data attributes that hold what the
 * page text already says are set here; nothing of the reader's (notes, settings) and nothing of
 * the extension's (version) is ever written into the page's DOM.
 *
 * Nothing here is ever READ back from an attribute to decide what to do: a page can write any
 * element and attribute. Whether an element is one of our mentions, and what it stands for, comes
 * from `owned`, a map kept in the content script's own world (see docs/decisions/0101-page-world-boundary.md).
 */
import type { EntityType } from '../../core/types';

/** Element name of one highlighted mention. */
export const MENTION_TAG = 'archyde-entity';

/** Attributes on each mention element (for the stylesheet, tests and diagnostics; never read by us). */
export const ATTR_ENTITY = 'data-aa-entity'; // entity id, e.g. "e3"
export const ATTR_MENTION = 'data-aa-mention'; // index into DocumentAnalysis.mentions
/** The mention's type, present only while the mention is coloured (highlights on, type shown): highlights.css styles it. */
export const ATTR_TYPE = 'data-aa-type';
/** "dark" on every mention while the article's background is dark (page-tone.ts): highlights.css picks the palette by it. */
export const ATTR_TONE = 'data-aa-tone';
/** This instance's id (see INSTANCE_ID), on every mention element: lets a later instance sweep what a dead one left. */
export const ATTR_INSTANCE = 'data-aa-instance';

/**
 * Put on every element the extension adds to the page other than mention elements (e.g. the
 * card's host), with INSTANCE_ID as its value: the article reader never treats such a subtree as
 * article text, and a later instance's sweep removes it only when the id is the dead instance's.
 */
export const ATTR_UI = 'data-aa-ui';

/**
 * A random id for this content-script instance (one page load), written on <html> and on every
 * element it adds. It says nothing about the reader or the extension and is new on every load,
 * so it is no identifier a site could follow; its only use is the start-up sweep (stale-markup.ts).
 */
export const INSTANCE_ID = newInstanceId();

function newInstanceId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface MentionElementData {
  entityId: string;
  type: EntityType;
  mentionIndex: number;
}

interface Owned extends MentionElementData {
  /** Painted as a highlight (highlights on and its type shown): only these open a card on hover. */
  coloured: boolean;
}

/** Our mention elements, by identity. A WeakMap in the content script's world: no page script can read or add to it. */
const owned = new WeakMap<Element, Owned>();

/** Records `el` as one of our mention elements (the highlighter, when it creates or relabels one). */
export function ownMention(el: Element, data: MentionElementData, coloured: boolean): void {
  const cur = owned.get(el);
  if (cur) {
    cur.entityId = data.entityId;
    cur.type = data.type;
    cur.mentionIndex = data.mentionIndex;
    cur.coloured = coloured;
  } else owned.set(el, { entityId: data.entityId, type: data.type, mentionIndex: data.mentionIndex, coloured });
}

/** Forgets `el` (it has been unwrapped). */
export function disownMention(el: Element): void {
  owned.delete(el);
}

/** What our mention element `el` stands for; null for any element we did not create, whatever its tag and attributes. */
export function readMention(el: Element): MentionElementData | null {
  return owned.get(el) ?? null;
}

/** Whether `el` is our mention and painted as a highlight. */
export function mentionColoured(el: Element): boolean {
  return owned.get(el)?.coloured === true;
}
