/**
 * The notes requests the background answers (sent with runtime.sendMessage like the `bg/*` ones),
 * with a valibot schema for each payload. Every payload is checked against its schema before a
 * handler sees it (src/background/notes/handlers.ts), and its size is bounded, so a request of
 * the wrong shape gets a clear error and never reaches the database.
 */
import * as v from 'valibot';
import { LIMITS, NoteSchema, type Note } from '../../core/notes/model.ts';

/** A file to save, as the background builds it for an export. */
interface NotesExport {
  filename: string;
  mimeType: 'application/ld+json' | 'text/markdown';
  content: string;
}

interface NotesImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

export type NotesRequests = {
  /** Create or replace a note; answers once it is stored. */
  'notes/save': { req: { note: Note }; res: Note };
  /** Delete a note; answers the deleted note (save it again to undo), or null when there was none. */
  'notes/delete': { req: { id: string }; res: { deleted: Note | null } };
  /** Every note made on a page (by page key, see src/core/notes/page-key.ts), oldest first. */
  'notes/byPage': { req: { pageKey: string }; res: Note[] };
  /** Entity notes for any of these entity keys, from every page, oldest first. */
  'notes/byEntities': { req: { keys: string[] }; res: Note[] };
  /** Full-text search over all notes, best first. */
  'notes/search': { req: { query: string; limit?: number }; res: Note[] };
  /**
   * Start building the search index if it is not built, without waiting for it (extension pages
   * only; the popup asks when it opens); answers whether it was already built.
   */
  'notes/warmSearch': { req: null; res: { ready: boolean } };
  /** All notes, or one page's, as W3C Web Annotation JSON-LD or Markdown (extension pages only). */
  'notes/export': { req: { format: 'jsonld' | 'markdown'; pageKey?: string }; res: NotesExport };
  /** A JSON-LD file's notes, merged by id, all or nothing (extension pages only). */
  'notes/import': { req: { content: string }; res: NotesImportSummary };
  /** Delete every note (extension pages only; the reader confirms first). */
  'notes/clear': { req: { confirm: true }; res: { deleted: number } };
};

export type NotesRequestType = keyof NotesRequests;

/** Largest import file accepted in one message (a 10,000-note export is about 10 MB). */
const MAX_IMPORT_CHARS = 32 * 1024 * 1024;
const MAX_ENTITY_KEYS = 500;
const MAX_QUERY_CHARS = 500;

const PageKey = v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.url));
const Id = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'expected a lower-case UUID'));

export const NotesRequestSchemas = {
  'notes/save': v.strictObject({ note: NoteSchema }),
  'notes/delete': v.strictObject({ id: Id }),
  'notes/byPage': v.strictObject({ pageKey: PageKey }),
  'notes/byEntities': v.strictObject({
    keys: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.entityKey))), v.maxLength(MAX_ENTITY_KEYS)),
  }),
  'notes/search': v.strictObject({
    query: v.pipe(v.string(), v.maxLength(MAX_QUERY_CHARS)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
  }),
  'notes/warmSearch': v.null(),
  'notes/export': v.strictObject({ format: v.picklist(['jsonld', 'markdown']), pageKey: v.optional(PageKey) }),
  'notes/import': v.strictObject({ content: v.pipe(v.string(), v.maxLength(MAX_IMPORT_CHARS, 'the file is too large to import at once')) }),
  'notes/clear': v.strictObject({ confirm: v.literal(true) }),
} satisfies { [K in NotesRequestType]: v.GenericSchema<unknown, NotesRequests[K]['req']> };
