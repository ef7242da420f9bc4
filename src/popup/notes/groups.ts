/**
 * The page's notes in the groups the popup shows: selection notes placed in the text (in text
 * order), detached ones (kept, with their quotes), selection notes whose placement the page has
 * not reported (it is still reading the article, or has not placed a note saved a moment ago),
 * page notes and entity notes (newest first). One pass over the notes and the page's id lists.
 */
import type { EntityNote, Note, PageNote, SelectionNote } from '../../core/notes/model';

/** Where the page says its selection notes stand; null when the page cannot say. */
export interface Placement {
  pending: boolean;
  anchored: readonly string[];
  detached: readonly string[];
}

export interface NoteGroups {
  placed: SelectionNote[];
  detached: SelectionNote[];
  unplaced: SelectionNote[];
  page: PageNote[];
  entity: EntityNote[];
}

const newestFirst = (a: Note, b: Note) => b.created - a.created || b.updated - a.updated || (a.id < b.id ? -1 : 1);
const inTextOrder = (a: SelectionNote, b: SelectionNote) => a.selectors[1].start - b.selectors[1].start || a.created - b.created;

export function groupPageNotes(notes: readonly Note[], placement: Placement | null): NoteGroups {
  const anchored = new Set(placement && !placement.pending ? placement.anchored : []);
  const detached = new Set(placement && !placement.pending ? placement.detached : []);
  const groups: NoteGroups = { placed: [], detached: [], unplaced: [], page: [], entity: [] };
  for (const n of notes) {
    if (n.kind === 'page') groups.page.push(n);
    else if (n.kind === 'entity') groups.entity.push(n);
    else if (detached.has(n.id)) groups.detached.push(n);
    else if (anchored.has(n.id)) groups.placed.push(n);
    else groups.unplaced.push(n);
  }
  groups.placed.sort(inTextOrder);
  groups.detached.sort(newestFirst);
  groups.unplaced.sort(inTextOrder);
  groups.page.sort(newestFirst);
  groups.entity.sort(newestFirst);
  return groups;
}

/**
 * True while a page that answers has not reported where some selection note stands (the popup
 * asks it again). A page without selection notes is never asked again, pending or not.
 */
export function placementOutstanding(groups: NoteGroups, placement: Placement | null): boolean {
  return placement !== null && groups.unplaced.length > 0;
}
