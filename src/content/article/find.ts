/**
 * Finds the article on a page: Archyde's WordPress markup first, then generic semantic markup,
 * then text density. Never looks inside iframes (their documents are not ours to read).
 */
import { densestContainer } from './density';
import { findHeadline } from './headline';
import { best, isCommentArticle, paragraphTextLength } from './text-measure';

export interface FoundArticle {
  body: Element;
  headline: Element | null;
  /** How the body was found, e.g. "archyde:.entry-content", "article", "main", "density", "body". */
  method: string;
}

/** Archyde (WordPress, tagDiv Newspaper theme) article bodies, most specific first. */
const ARCHYDE_BODIES = ['.entry-content', '.td-post-content', '[itemprop="articleBody"]', '.post-content', '.article-content'];

/** Below this much paragraph text a semantic candidate is an empty shell (or not rendered yet). */
const MIN_TEXT = 140;

function pick(doc: Document, selector: string, filter: (el: Element) => boolean = () => true): Element | null {
  const els = [...doc.querySelectorAll(selector)].filter((el) => filter(el) && !isCommentArticle(el));
  // A single candidate is only checked against the minimum; several are ranked by all their text.
  if (els.length === 1) return paragraphTextLength(els[0]!, MIN_TEXT) >= MIN_TEXT ? els[0]! : null;
  const top = best(els, (el) => paragraphTextLength(el));
  return top && paragraphTextLength(top) >= MIN_TEXT ? top : null;
}

function found(doc: Document, body: Element, method: string): FoundArticle {
  return { body, headline: findHeadline(doc, body), method };
}

export function findArticle(doc: Document): FoundArticle {
  for (const sel of ARCHYDE_BODIES) {
    const el = pick(doc, sel);
    if (el) return found(doc, el, `archyde:${sel}`);
  }
  const article = pick(doc, 'article');
  if (article) return found(doc, article, 'article');
  const main = pick(doc, 'main, [role="main"]');
  if (main) return found(doc, main, 'main');
  const root = doc.body ?? doc.documentElement;
  const dense = densestContainer(root);
  if (dense) return found(doc, dense, 'density');
  return found(doc, root, 'body');
}
