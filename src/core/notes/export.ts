/**
 * Notes out: W3C Web Annotation JSON-LD (an AnnotationCollection, the format Hypothesis and other
 * tools read) and Markdown grouped by page, for people.
 *
 * What the W3C model has no term for (the note's kind, colour, page key and title, the entity)
 * travels in one extra property, `archyde`, which JSON-LD processors ignore (it is not in the
 * context) and our import reads back, so an export re-imported restores every note exactly.
 * TextPositionSelector offsets are UTF-16 code units, as Hypothesis writes them (the W3C model
 * counts code points; they agree for text without characters outside the BMP).
 */
import type { Note, NoteColor, NoteEntity, NoteKind, TextPositionSelector, TextQuoteSelector } from './model.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: string;
}

interface ArchydeExtension {
  kind: NoteKind;
  pageKey: string;
  title: string;
  color: NoteColor | null;
  entity?: NoteEntity;
}

interface WebAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: { source: string; selector?: [TextQuoteSelector, TextPositionSelector] };
  archyde: ArchydeExtension;
}

export interface AnnotationCollection {
  '@context': string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

function toWebAnnotation(note: Note): WebAnnotation {
  const body: TextualBody[] = [{ type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' }];
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const ext: ArchydeExtension = { kind: note.kind, pageKey: note.page.key, title: note.page.title, color: note.color };
  if (note.kind === 'entity') ext.entity = { ...note.entity };
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: new Date(note.created).toISOString(),
    modified: new Date(note.updated).toISOString(),
    body,
    target: note.kind === 'selection' ? { source: note.page.url, selector: [{ ...note.selectors[0] }, { ...note.selectors[1] }] } : { source: note.page.url },
    archyde: ext,
  };
}

/** All the given notes as one collection, oldest first (a stable order makes exports diffable). */
export function toAnnotationCollection(notes: readonly Note[], label = 'Archyde Annotator notes'): AnnotationCollection {
  const items = [...notes].sort(byCreated).map(toWebAnnotation);
  return { '@context': ANNO_CONTEXT, type: 'AnnotationCollection', label, total: items.length, first: { type: 'AnnotationPage', startIndex: 0, items } };
}

const byCreated = (a: Note, b: Note) => a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Markdown: one section per page (by title), its notes oldest first; note text is quoted as written. */
export function toMarkdown(notes: readonly Note[]): string {
  const pages = new Map<string, Note[]>();
  for (const n of [...notes].sort(byCreated)) {
    const list = pages.get(n.page.key);
    if (list) list.push(n);
    else pages.set(n.page.key, [n]);
  }
  const out: string[] = ['# Notes', ''];
  const sorted = [...pages.values()].sort((a, b) => pageTitle(a[0]!).localeCompare(pageTitle(b[0]!)) || a[0]!.page.key.localeCompare(b[0]!.page.key));
  for (const list of sorted) {
    const page = list[0]!.page;
    out.push(`## [${escapeInline(pageTitle(list[0]!))}](<${page.url.replace(/[<>\s]/g, encodeURIComponent)}>)`, '');
    for (const n of list) {
      if (n.kind === 'selection') out.push(...blockquote(n.selectors[0].exact), '');
      if (n.kind === 'entity') out.push(`**${escapeInline(n.entity.name)}** (${n.entity.type.toLowerCase()})`, '');
      if (n.text) out.push(...n.text.split(/\r\n|\r|\n/).map((l) => (l ? escapeBlockStart(l) : '')), '');
      const meta = [new Date(n.created).toISOString().slice(0, 10)];
      if (n.tags.length) meta.push(n.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' '));
      if (n.color) meta.push(n.color);
      out.push(`*${escapeInline(meta.join(' · '))}*`, '', '---', '');
    }
  }
  return out.join('\n');
}

const pageTitle = (n: Note) => n.page.title || n.page.url;
const blockquote = (s: string) => s.split(/\r\n|\r|\n/).map((l) => (l ? `> ${escapeInline(l)}` : '>'));
// Markdown is for reading, not for rendering our notes: escape what would turn text into markup.
const escapeInline = (s: string) => s.replace(/[\\`*_[\]<>|]/g, '\\$&');
const escapeBlockStart = (l: string) => escapeInline(l).replace(/^(\s*)([-+>#]|\d+[.)])(\s|$)/, '$1\\$2$3');

/** The longest page part of an export's file name, so the name stays usable on every file system. */
const PAGE_PART_MAX = 80;

/**
 * An export's file name: `archyde-notes-<day>.<ext>` for all notes, and for one page's notes the
 * page's address in it (`archyde-notes-archyde.com-world-xi-putin-<day>.md`), so two pages' exports
 * do not take one name. `day` is YYYY-MM-DD; `pageKey` is a page key (page-key.ts).
 */
export function exportFilename(format: 'jsonld' | 'markdown', day: string, pageKey?: string): string {
  const ext = format === 'jsonld' ? 'jsonld' : 'md';
  if (pageKey === undefined) return `archyde-notes-${day}.${ext}`;
  const page =
    pageKey
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .slice(0, PAGE_PART_MAX)
      .replace(/^[-.]+|[-.]+$/g, '') || 'page';
  return `archyde-notes-${page}-${day}.${ext}`;
}
