/**
 * The markup contract between the highlighter (which wraps mentions) and the card (which reads them).
 *
 * Mentions are wrapped in a custom element rather than a <span>: page CSS aimed at spans or at
 * `article p *` rarely matches an unknown element name, and one tag name makes removal a single
 * querySelectorAll. Only data attributes that hold what the page text already says are set here;
 * nothing of the reader's (notes, settings) is ever written into the page's DOM.
 */
import type { EntityType } from '../../core/types';

/** Element name of one highlighted mention. */
export const MENTION_TAG = 'archyde-entity';

/** Attributes on each mention element. */
export const ATTR_ENTITY = 'data-aa-entity'; // entity id, e.g. "e3"
export const ATTR_TYPE = 'data-aa-type'; // EntityType
export const ATTR_MENTION = 'data-aa-mention'; // index into DocumentAnalysis.mentions

/** Attribute on <html> that turns highlight colours on ("on") or off (absent). */
export const ATTR_HIGHLIGHTS = 'data-aa-highlights';
/**
 * Put on every element the extension adds to the page other than mention elements (e.g. the
 * card's host): the article reader never treats such a subtree as article text.
 */
export const ATTR_UI = 'data-aa-ui';

/** Attribute on <html> listing the types shown, e.g. "PERSON ORG PLACE MISC" (dates are off by default). */
export const ATTR_SHOWN_TYPES = 'data-aa-types';

export interface MentionElementData {
  entityId: string;
  type: EntityType;
  mentionIndex: number;
}

export function readMention(el: Element): MentionElementData | null {
  if (el.localName !== MENTION_TAG) return null;
  const entityId = el.getAttribute(ATTR_ENTITY);
  const type = el.getAttribute(ATTR_TYPE) as EntityType | null;
  const mentionIndex = Number(el.getAttribute(ATTR_MENTION));
  if (!entityId || !type || !Number.isInteger(mentionIndex)) return null;
  return { entityId, type, mentionIndex };
}
