/**
 * What the reader typed in the popup's note form, checked and turned into a note: a new page
 * note, or an edit of any note (its text, tags and colour; everything else kept). The checks are
 * the note schema's (src/core/notes/model.ts) in words the form can show next to the field; the
 * background checks the note again.
 */
import { LIMITS, newNoteId, type Note, type NoteColor, type PageNote } from '../../core/notes/model';

export interface Draft {
  text: string;
  /** As typed: tags separated by commas. */
  tags: string;
  color: NoteColor | null;
}

export type DraftProblem =
  { kind: 'empty' } | { kind: 'textTooLong'; max: number } | { kind: 'tooManyTags'; max: number } | { kind: 'tagTooLong'; tag: string; max: number };

/**
 * Tags as typed ("news, China ,  china") as the note keeps them: split at commas and line breaks,
 * trimmed, inner spaces folded, the first of those equal ignoring case kept, in order.
 */
export function parseTags(input: string): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const raw of input.split(/[,\r\n]/)) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const folded = tag.toLowerCase();
    if (!tag || seen.has(folded)) continue;
    seen.add(folded);
    tags.push(tag);
  }
  return tags;
}

export const tagsToInput = (tags: readonly string[]): string => tags.join(', ');

/** The first thing wrong with a draft, or null when it can be saved. */
export function draftProblem(draft: Draft): DraftProblem | null {
  if (draft.text.trim() === '') return { kind: 'empty' };
  if (draft.text.length > LIMITS.text) return { kind: 'textTooLong', max: LIMITS.text };
  const tags = parseTags(draft.tags);
  if (tags.length > LIMITS.tags) return { kind: 'tooManyTags', max: LIMITS.tags };
  const long = tags.find((t) => t.length > LIMITS.tag);
  if (long !== undefined) return { kind: 'tagTooLong', tag: long, max: LIMITS.tag };
  return null;
}

/** A new page note on `page`. */
export function newPageNote(page: Note['page'], draft: Draft, now: number): PageNote {
  return { kind: 'page', id: newNoteId(), page, text: draft.text, tags: parseTags(draft.tags), color: draft.color, created: now, updated: now };
}

/** `previous` with the draft's text, tags and colour; its time of change never goes backwards. */
export function editedNote<N extends Note>(previous: N, draft: Draft, now: number): N {
  return { ...previous, text: draft.text, tags: parseTags(draft.tags), color: draft.color, updated: Math.max(now, previous.updated) };
}
