/**
 * Last-resort article finder for pages without semantic markup ("div soup"), after Readability:
 * every paragraph-like element scores its own text minus its link text; the score goes to its
 * parent in full and to its grandparent in half; the best container, discounted by its link
 * density, is the article body.
 */
import { insideExcluded } from './exclude';

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
const CANDIDATES = 'p, div, section, td, li, blockquote';
const MIN_PARAGRAPH = 25;
/** A container with less than this (discounted) text is not an article: better none than a sidebar. */
const MIN_SCORE = 300;

/** Text directly in `el` (its text nodes and inline children, not nested blocks) and the part of it in links. */
function ownText(el: Element): { text: number; links: number } {
  let text = 0;
  let links = 0;
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += (child.nodeValue ?? '').trim().length;
    else if (child instanceof Element && INLINE.has(child.localName)) {
      const len = (child.textContent ?? '').trim().length;
      text += len;
      if (child.localName === 'a' || child.querySelector('a')) links += len;
    }
  }
  return { text, links };
}

function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').length;
  if (total === 0) return 1;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').length;
  return links / total;
}

export function densestContainer(root: Element): Element | null {
  const scores = new Map<Element, number>();
  const add = (el: Element | null, v: number) => {
    if (el && root.contains(el)) scores.set(el, (scores.get(el) ?? 0) + v);
  };
  for (const el of root.querySelectorAll(CANDIDATES)) {
    const { text, links } = ownText(el);
    if (text < MIN_PARAGRAPH) continue;
    const weight = text - 2 * links;
    if (weight <= 0 || insideExcluded(el, root)) continue;
    add(el.parentElement, weight);
    add(el.parentElement?.parentElement ?? null, weight / 2);
  }
  let top: Element | null = null;
  let topScore = 0;
  for (const [el, score] of scores) {
    const s = score * (1 - linkDensity(el));
    if (s > topScore) {
      top = el;
      topScore = s;
    }
  }
  return topScore >= MIN_SCORE ? top : null;
}
