/** Reading the article's text for a pass: how much, and when there is enough to call it an article. */
import { readTextBlocks, type TextBlock } from '../article/blocks';
import type { Slicer } from './scheduler';
import { MAX_ANALYSED_CHARS } from '../../shared/limits';

/** Less article text than this is not an article yet (e.g. rendered later by script). */
export const MIN_ARTICLE_CHARS = 200;

/**
 * An article container with fewer elements than this (a news article has tens to a few hundred)
 * is read and sent within its whole first slice, however long the script's evaluation took (see
 * FIRST_TASK_MS). Counting is cheap where measuring the text is not: 0-1 ms for the 1 MB page's
 * 4,000 elements in both browsers, against 24-28 ms for its textContent in Chromium (10-16 in Firefox).
 */
const SMALL_ARTICLE_ELEMENTS = 500;

export function isSmallArticle(body: Element): boolean {
  // A static list: a live one (getElementsByTagName) would be kept up to date through all our insertions.
  return body.querySelectorAll('*').length < SMALL_ARTICLE_ELEMENTS;
}

/** The article's blocks up to MAX_ANALYSED_CHARS, whole blocks only, read in `slicer`'s slices. */
export async function readArticle(body: Element, headline: Element | null, slicer: Slicer): Promise<TextBlock[]> {
  const blocks = await readTextBlocks(body, headline, MAX_ANALYSED_CHARS, slicer.breathe);
  let total = 0;
  const out: TextBlock[] = [];
  for (const b of blocks) {
    total += b.text.length + 2;
    if (total > MAX_ANALYSED_CHARS && out.length > 0) break; // also drops a block the reader cut short
    out.push(b);
  }
  return out;
}
