/** Cheap text measures used to rank article candidates (selector tests only, no layout). */
import { insideExcluded } from './exclude';

const COMMENT_ARTICLE = '.comment-body, [class*="comment"], [id*="comment"]';

/**
 * Text length of the <p> elements inside `el` that are not in an excluded subtree, counted up to
 * `enough` (on a 1 MB article the full count is 20-40 ms, and one candidate only needs a minimum).
 */
export function paragraphTextLength(el: Element, enough = Infinity): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) {
    if (insideExcluded(p, el)) continue;
    total += (p.textContent ?? '').trim().length;
    if (total >= enough) break;
  }
  return total;
}

/** A comment rendered as <article class="comment-body">, or any article inside a comments area. */
export function isCommentArticle(el: Element): boolean {
  return el.matches(COMMENT_ARTICLE) || el.parentElement?.closest(COMMENT_ARTICLE) != null;
}

/** The candidate with the largest measure, or null when none has any. */
export function best<T extends Element>(els: Iterable<T>, measure: (el: T) => number): T | null {
  let top: T | null = null;
  let topScore = 0;
  for (const el of els) {
    const s = measure(el);
    if (s > topScore) {
      top = el;
      topScore = s;
    }
  }
  return top;
}
