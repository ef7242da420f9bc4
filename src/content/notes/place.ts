/**
 * Placing the page's selection notes in the article's text: each is anchored (position, quote,
 * approximate: core/notes/anchoring/anchor.ts) and its offsets become a live DOM Range. A note
 * that cannot be placed is detached: kept, never deleted, and reported as such.
 */
import { anchor } from '../../core/notes/anchoring/anchor';
import type { SelectionNote } from '../../core/notes/model';
import { rangeOf, type ArticleText } from './article-text';

export interface PlacedNote {
  note: SelectionNote;
  start: number;
  end: number;
  range: Range;
}

export interface Placing {
  /** In text order. */
  placed: PlacedNote[];
  detached: string[];
}

/** Linear in the notes and the text (each anchor is, see anchor.ts); the text is folded once. */
export function placeNotes(article: ArticleText | null, notes: readonly SelectionNote[]): Placing {
  const placed: PlacedNote[] = [];
  const detached: string[] = [];
  for (const note of notes) {
    const a = article ? anchor(article.anchorText, note.selectors) : null;
    const range = a?.status === 'anchored' ? rangeOf(article!, a.start, a.end) : null;
    if (a?.status === 'anchored' && range) placed.push({ note, start: a.start, end: a.end, range });
    else detached.push(note.id);
  }
  placed.sort((x, y) => x.start - y.start || x.end - y.end);
  return { placed, detached };
}
