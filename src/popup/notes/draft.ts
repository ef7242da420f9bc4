/**
 * What the reader typed in the popup's note form, checked and turned into a note: a new page
 * note, or an edit of any note (its text, tags and colour; everything else kept). Tags are read as
 * the page's note editor reads them (src/core/notes/tags.ts). The checks are the note schema's
 * (src/core/notes/model.ts) in words the form can show next to the field; the background checks
 * the note again.
 */
import { LIMITS, newNoteId, type Note, type NoteColor, type PageNote } from '../../core/notes/model';
import { formatTags, parseTags } from '../../core/notes/tags';

export interface Draft {
  text: string;
  /** As typed: tags separated by commas. */
  tags: string;
  color: NoteColor | null;
}

export type DraftProblem =
  { kind: 'empty' } | { kind: 'textTooLong'; max: number } | { kind: 'tooManyTags'; max: number } | { kind: 'tagTooLong'; tag: string; max: number };

export const tagsToInput = formatTags;

/** The first thing wrong with a draft, or null when it can be saved. */
export function draftProblem(draft: Draft): DraftProblem | null {
  if (draft.text.trim() === '') return { kind: 'empty' };
  if (draft.text.length > LIMITS.text) return { kind: 'textTooLong', max: LIMITS.text };
  const tags = parseTags(draft.tags);
  if (!tags.ok) return tags.error === 'tooMany' ? { kind: 'tooManyTags', max: LIMITS.tags } : { kind: 'tagTooLong', tag: tags.tag ?? '', max: LIMITS.tag };
  return null;
}

/** The draft's tags; a draft with a problem (see draftProblem) is never turned into a note. */
function tagsOf(draft: Draft): string[] {
  const tags = parseTags(draft.tags);
  if (!tags.ok) throw new RangeError(`tags: ${tags.error}`);
  return tags.tags;
}

/** A new page note on `page`. */
export function newPageNote(page: Note['page'], draft: Draft, now: number): PageNote {
  return { kind: 'page', id: newNoteId(), page, text: draft.text, tags: tagsOf(draft), color: draft.color, created: now, updated: now };
}

/** `previous` with the draft's text, tags and colour; its time of change never goes backwards. */
export function editedNote<N extends Note>(previous: N, draft: Draft, now: number): N {
  return { ...previous, text: draft.text, tags: tagsOf(draft), color: draft.color, updated: Math.max(now, previous.updated) };
}
