/**
 * What is not article text. These subtrees are skipped when the article's blocks are collected:
 * ads, "read also" boxes, captions and credits, bylines and meta, share buttons, tags, code,
 * form fields, editable regions, hidden content, and the extension's own UI.
 */
import { MENTION_TAG, ATTR_UI } from '../highlight/markup';

const SELECTORS = [
  // not text at all, or a separate document
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'svg',
  'math',
  'img',
  'picture',
  // form fields and editable regions: never mutate what the user may be typing into
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'label',
  'form',
  '[contenteditable]:not([contenteditable="false"])',
  // code: names in code are identifiers, not entities
  'code',
  'pre',
  'kbd',
  'samp',
  // hidden or assistive-only text
  '[hidden]',
  '[aria-hidden="true"]',
  '.screen-reader-text',
  '.sr-only',
  '.visually-hidden',
  // page furniture inside the article container
  'header',
  'footer',
  'nav',
  'aside',
  'figcaption',
  // ads
  '.ads',
  '.ad',
  '.code-block',
  '[class*="advert"]',
  'ins.adsbygoogle',
  '[id^="google_ads"]',
  '[class*="sponsor"]',
  // "read also" and related boxes
  '.read-also',
  '[class*="related"]',
  '[class*="read-more"]',
  '[class*="readmore"]',
  '[class*="see-also"]',
  // captions, credits, bylines, meta, share buttons, tags, comments, newsletter boxes
  '[class*="caption"]',
  '[class*="credit"]',
  '.byline',
  '[class*="author"]',
  '[rel="author"]',
  '[itemprop="author"]',
  '[class*="meta"]',
  '.posted-on',
  '[class*="share"]',
  '[class*="sharing"]',
  '[class*="social"]',
  '.tags',
  '[class*="tags"]',
  '[rel="tag"]',
  '#comments',
  '[class*="comment"]',
  '[class*="newsletter"]',
  // our own UI
  `[${ATTR_UI}]`,
];

const EXCLUDE_SELECTOR = SELECTORS.join(',');

/**
 * Computed-style verdicts from the last full read of the article. Re-reading one block while
 * highlighting uses them instead of getComputedStyle, which would force a style recalculation
 * after each of our insertions (the main cost of highlighting a huge page).
 */
const hiddenByStyle = new WeakMap<Element, boolean>();

/**
 * True for an element whose whole subtree is not article text. `style`: "check" adds a
 * computed-style test (and remembers it), "cached" uses a remembered verdict, "none" skips it.
 */
export function isExcluded(el: Element, style: 'check' | 'cached' | 'none' = 'check'): boolean {
  const name = el.localName;
  if (name.startsWith('archyde-') && name !== MENTION_TAG) return true;
  if (el.matches(EXCLUDE_SELECTOR)) return true;
  if (style === 'none') return false;
  if (style === 'cached') return hiddenByStyle.get(el) ?? false;
  const hidden = hiddenByComputedStyle(el);
  hiddenByStyle.set(el, hidden);
  return hidden;
}

/**
 * display: none or visibility: hidden. Most elements are visible, and checkVisibility() says so in
 * one call, where reading the computed style takes three (each through a security wrapper in
 * Firefox); only what it calls invisible is looked at closely (it also says so of display:
 * contents, which hides nothing).
 */
function hiddenByComputedStyle(el: Element): boolean {
  if (typeof el.checkVisibility === 'function' && el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const s = view.getComputedStyle(el);
  return s.display === 'none' || s.visibility === 'hidden';
}

/** True when `el` or an ancestor below `root` is excluded (selector test only; used while scoring). */
export function insideExcluded(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (isExcluded(e, 'none')) return true;
  }
  return false;
}
