/**
 * The article text of an HTML document, found and read the way the extension does it
 * (src/content/article/: the same container search, exclusions and blocks), joined into one text
 * with the same separator the extension sends to the engine.
 */
import { findArticle } from '../../src/content/article/find.ts';
import { collectTextBlocks } from '../../src/content/article/blocks.ts';
import { joinBlocks } from '../../src/core/anchoring/offsets.ts';
import { parseDocument } from './node-dom.ts';

export interface HtmlArticle {
  text: string;
  /** How the body was found, e.g. "archyde:.entry-content", "article", "density", "body". */
  method: string;
}

export function htmlArticle(html: string): HtmlArticle {
  const doc = parseDocument(html);
  const { body, headline, method } = findArticle(doc);
  return { text: joinBlocks(collectTextBlocks(body, headline).map((b) => b.parts)).text, method };
}
