/** The page as notes name it: its normalised key (src/core/notes/page-key.ts), address and title. */
import { pageKey } from '../../core/notes/page-key';
import { LIMITS, type Note } from '../../core/notes/model';

export function thisPage(doc: Document): Note['page'] {
  const url = doc.location.href;
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
  return { key: pageKey(url, canonical), url: url.slice(0, LIMITS.url), title: doc.title.trim().slice(0, LIMITS.title) };
}
