/**
 * Finding the highlighter's mentions: which mention an event hit, the elements of one mention
 * (a mention crossing an inline boundary is wrapped in several elements with the same index),
 * and the mentions that keyboard navigation visits. An element counts as a mention only when the
 * highlighter made it (readMention: identity, kept in our world), never by its tag or attributes,
 * which any page can write.
 */
import { MENTION_TAG, readMention } from '../highlight/markup';
import { isTypeShown } from '../highlight/shown-types';
import type { EntityType } from '../../core/types';
import type { CardDataSource } from './types';

/** Our mention element `node` is in, if any (the nearest one we made: a page's own <archyde-entity> is skipped). */
export function mentionOf(node: EventTarget | null): HTMLElement | null {
  for (let el = asElement(node)?.closest(MENTION_TAG); el; el = el.parentElement?.closest(MENTION_TAG)) {
    if (readMention(el)) return el as HTMLElement;
  }
  return null;
}

/** Duck-typed rather than `instanceof`, which fails across realms (frames, Firefox Xrays). */
function asElement(node: EventTarget | null): Element | null {
  return node && (node as Node).nodeType === 1 ? (node as Element) : null;
}

/** "e3#12": entity and mention index. Two elements with the same key are parts of one mention. */
export function mentionKey(el: Element): string {
  const m = readMention(el);
  return m ? `${m.entityId}#${m.mentionIndex}` : '';
}

/** Whether the reader shows mentions of `type` (the reader's choice, kept in our world). */
export function isShownType(doc: Document, type: EntityType): boolean {
  return isTypeShown(doc, type);
}

/** One element per mention (its first part), in text order. */
function firstParts(elements: Iterable<Element>): HTMLElement[] {
  const seen = new Set<string>();
  const out: HTMLElement[] = [];
  for (const el of elements) {
    const key = mentionKey(el);
    if (!key || seen.has(key) || !el.isConnected) continue;
    seen.add(key);
    out.push(el as HTMLElement);
  }
  return out;
}

/** The mentions of one entity, one element each, in text order. */
export function entityMentions(source: CardDataSource, entityId: string): HTMLElement[] {
  return firstParts(source.mentionElements(entityId));
}

/** Every element of the mention `el` belongs to. */
export function partsOf(source: CardDataSource, el: HTMLElement): HTMLElement[] {
  const m = readMention(el);
  if (!m) return [el];
  const key = mentionKey(el);
  const parts = source.mentionElements(m.entityId).filter((p) => mentionKey(p) === key);
  return parts.length > 0 ? parts : [el];
}

/** All our highlighted mentions in the page, of the types shown, one element each, in text order. */
export function allMentions(doc: Document): HTMLElement[] {
  return firstParts(
    [...doc.querySelectorAll(MENTION_TAG)].filter((el) => {
      const m = readMention(el);
      return m !== null && isShownType(doc, m.type);
    }),
  );
}

/**
 * The element that takes focus for a mention. The highlighter gives mentions inside links no
 * tabindex (no nested interactive content), so there the link itself is the focus target.
 */
export function focusTarget(el: HTMLElement): HTMLElement {
  if (el.hasAttribute('tabindex')) return el;
  return (el.closest('a[href]') as HTMLElement | null) ?? el;
}

/** The mention a focused element stands for: a mention, or a link whose text holds one. */
export function mentionForFocus(target: EventTarget | null): HTMLElement | null {
  const direct = mentionOf(target);
  if (direct) return direct;
  const el = asElement(target);
  if (!el || el.localName !== 'a') return null;
  for (const inner of el.querySelectorAll(MENTION_TAG)) if (readMention(inner)) return inner as HTMLElement;
  return null;
}

/** Where a keyboard step starts when no mention has focus: the first mention below the viewport top. */
export function indexFromViewport(list: HTMLElement[], direction: 'next' | 'previous', viewportHeight: number): number {
  if (direction === 'next') {
    const i = list.findIndex((el) => el.getBoundingClientRect().top >= 0);
    return i < 0 ? list.length - 1 : i - 1; // the step adds one
  }
  let last = -1;
  list.forEach((el, i) => {
    if (el.getBoundingClientRect().bottom <= viewportHeight) last = i;
  });
  return last < 0 ? 0 : last + 1; // the step subtracts one
}

/** Typing in a field or an editable region: shortcuts must not fire. */
export function isEditable(target: EventTarget | null): boolean {
  const el = asElement(target);
  if (!el) return false;
  if (el.localName === 'input' || el.localName === 'textarea' || el.localName === 'select') return true;
  return (el as HTMLElement).isContentEditable === true;
}
