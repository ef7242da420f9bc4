/** Cheap text measures used to rank article candidates (selector tests only, no layout). */
import { insideExcluded } from './exclude';

const COMMENT_ARTICLE = '.comment-body, [class*="comment"], [id*="comment"]';

/** Text length of the <p> elements inside `el` that are not in an excluded subtree. */
export function paragraphTextLength(el: Element): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) {
    if (insideExcluded(p, el)) continue;
    total += (p.textContent ?? '').trim().length;
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
