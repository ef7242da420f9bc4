/**
 * The article's headline: the nearest h1 / itemprop=headline / .entry-title around the body,
 * else (div-soup pages without an h1) the element whose text is the page's og:title.
 */
const HEADLINE = 'h1.entry-title, [itemprop="headline"], .entry-title, .td-post-title h1, h1';

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** og:title, else document.title without a " - Site" / " | Site" suffix. */
function pageTitle(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (og && squash(og)) return squash(og);
  return squash(doc.title.replace(/\s+[|–—-]\s+[^|–—-]+$/, ''));
}

function firstHeadlineIn(scope: Element, body: Element): Element | null {
  for (const el of scope.querySelectorAll(HEADLINE)) {
    // a headline after the body belongs to something else (related posts, comments)
    if (body !== scope && !body.contains(el) && body.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) continue;
    if (squash(el.textContent ?? '').length >= 8) return el;
  }
  return null;
}

function titledElementIn(scope: Element, title: string): Element | null {
  if (!title) return null;
  let found: Element | null = null;
  for (const el of scope.querySelectorAll('div, span, p, h2, h3, strong, header')) {
    const text = el.textContent ?? '';
    if (text.length < title.length || text.length > title.length * 2) continue;
    if (squash(text) === title) found = el; // keep the deepest match (document order)
  }
  return found;
}

export function findHeadline(doc: Document, body: Element): Element | null {
  const title = pageTitle(doc);
  const inside = firstHeadlineIn(body, body);
  if (inside) return inside;
  const top = doc.body ?? doc.documentElement;
  for (let scope = body.parentElement; scope; scope = scope.parentElement) {
    const h = firstHeadlineIn(scope, body) ?? titledElementIn(scope, title);
    if (h) return h;
    if (scope === top) break;
  }
  return null;
}
