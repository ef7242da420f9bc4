/**
 * Notes in: W3C Web Annotation JSON-LD as we export it, and as Hypothesis and other tools write it
 * (a collection, a page of items, a bare array, or one annotation; `target` an object, a string or
 * an array; `body` an object or an array; unknown selector types ignored).
 *
 * All or nothing: every item is checked first, and one bad item fails the whole file with a
 * message naming it ("item 3: target.selector[0].exact: expected string, got 1"), so a bad file
 * changes nothing. Ids are kept (`urn:uuid:` ids as they are; other ids, e.g. Hypothesis's
 * `https://hypothes.is/a/…`, become a UUID derived from them), so importing the same file twice
 * gives the same notes, not duplicates.
 */
import * as v from 'valibot';
import { describeIssues, isUuid, LIMITS, NoteSchema, NOTE_COLORS, EntitySchema, type Note } from './model.ts';
import { pageKey } from './page-key.ts';

/** Items a file may hold. */
const MAX_IMPORT_ITEMS = 100_000;

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max));
// valibot's object schemas accept arrays too (typeof [] is 'object'); here an array is never an object.
const obj = <const E extends v.ObjectEntries>(entries: E) =>
  v.pipe(
    v.unknown(),
    v.check((x) => !Array.isArray(x), 'expected an object, got an array'),
    v.looseObject(entries),
  );
const SelectorSchema = obj({ type: Str(100) });
const QuoteSchema = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.quote)),
  prefix: v.optional(Str(LIMITS.context)),
  suffix: v.optional(Str(LIMITS.context)),
});
const PositionSchema = v.looseObject({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
const TargetObject = obj({
  source: Str(LIMITS.url),
  selector: v.optional(v.union([v.pipe(v.array(SelectorSchema), v.maxLength(20)), SelectorSchema])),
});
const BodySchema = v.union([Str(LIMITS.text), obj({ type: v.optional(Str(100)), value: v.optional(Str(LIMITS.text)), purpose: v.optional(Str(100)) })]);
const Iso = v.pipe(v.string(), v.isoTimestamp('expected an ISO 8601 date-time'));
const ExtensionSchema = v.looseObject({
  kind: v.picklist(['selection', 'entity', 'page']),
  pageKey: v.optional(Str(LIMITS.url)),
  title: v.optional(Str(LIMITS.title)),
  color: v.optional(v.nullable(v.picklist(NOTE_COLORS))),
  entity: v.optional(EntitySchema),
});

const ImportedAnnotationSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.url)),
  type: v.optional(
    v.union([
      v.literal('Annotation'),
      v.pipe(
        v.array(v.string()),
        v.check((t) => t.includes('Annotation'), 'expected "Annotation"'),
      ),
    ]),
  ),
  created: Iso,
  modified: v.optional(Iso),
  body: v.optional(v.union([v.pipe(v.array(BodySchema), v.maxLength(LIMITS.tags + 5)), BodySchema])),
  target: v.union([v.pipe(v.array(v.union([Str(LIMITS.url), TargetObject])), v.minLength(1), v.maxLength(10)), Str(LIMITS.url), TargetObject]),
  archyde: v.optional(ExtensionSchema),
});
type Imported = v.InferOutput<typeof ImportedAnnotationSchema>;

/** The annotations a parsed file holds, or an error saying why it holds none we can read. */
function itemsOf(file: unknown): unknown[] {
  if (Array.isArray(file)) return file;
  if (typeof file === 'object' && file !== null) {
    const o = file as Record<string, unknown>;
    const first = o.first as Record<string, unknown> | undefined;
    if (Array.isArray(first?.items)) return first.items;
    if (Array.isArray(o.items)) return o.items;
    if (o.type === 'Annotation' || (Array.isArray(o.type) && o.type.includes('Annotation'))) return [o];
  }
  throw new Error('not a Web Annotation file: expected an AnnotationCollection, an AnnotationPage, an array of annotations or one annotation');
}

export type ImportResult = { ok: true; notes: Note[] } | { ok: false; error: string };

/** Parses and checks a whole file (text or already-parsed JSON). Never throws. */
export function parseImport(file: string | unknown): ImportResult {
  let data: unknown = file;
  if (typeof file === 'string') {
    try {
      data = JSON.parse(file);
    } catch (e) {
      return { ok: false, error: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  let items: unknown[];
  try {
    items = itemsOf(data);
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  if (items.length > MAX_IMPORT_ITEMS) return { ok: false, error: `a file holds at most ${MAX_IMPORT_ITEMS} notes (this one ${items.length})` };
  const notes = new Map<string, Note>();
  for (let i = 0; i < items.length; i++) {
    const r = v.safeParse(ImportedAnnotationSchema, items[i]);
    if (!r.success) return { ok: false, error: `item ${i + 1}: ${describeIssues(r.issues)}` };
    let note: Note;
    try {
      note = toNote(r.output);
    } catch (e) {
      return { ok: false, error: `item ${i + 1}: ${(e as Error).message}` };
    }
    const checked = v.safeParse(NoteSchema, note);
    if (!checked.success) return { ok: false, error: `item ${i + 1}: ${describeIssues(checked.issues)}` };
    const seen = notes.get(note.id);
    if (!seen || seen.updated < note.updated) notes.set(note.id, checked.output);
  }
  return { ok: true, notes: [...notes.values()] };
}

function toNote(a: Imported): Note {
  const targets = (Array.isArray(a.target) ? a.target : [a.target]).map((t) => (typeof t === 'string' ? { source: t } : t));
  const target = targets[0]!;
  const url = target.source;
  let key: string;
  try {
    key = pageKey(url);
  } catch {
    throw new Error(`target.source: not an http(s) address`);
  }
  // Our own export carries the key the page had (from its canonical link, which the address
  // alone cannot give back); it must at least look like a key, not an address with a scheme.
  const stored = a.archyde?.pageKey;
  if (stored !== undefined) {
    if (!stored || /^[a-z][a-z0-9+.-]*:\/\//i.test(stored) || /[\s#]/.test(stored)) throw new Error('archyde.pageKey: not a page key');
    key = stored;
  }
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const texts: string[] = [];
  const tags: string[] = [];
  for (const b of bodies) {
    if (typeof b === 'string') texts.push(b);
    else if (b.purpose === 'tagging') {
      const t = (b.value ?? '').trim();
      if (t && !tags.includes(t)) tags.push(t);
    } else if (b.value !== undefined && (b.type === undefined || b.type === 'TextualBody')) texts.push(b.value);
  }
  const created = Date.parse(a.created);
  const updated = a.modified ? Date.parse(a.modified) : created;
  const base = {
    id: noteIdOf(a.id),
    page: { key, url, title: a.archyde?.title ?? '' },
    text: texts.join('\n\n'),
    tags,
    color: a.archyde?.color ?? null,
    created,
    updated,
  };
  const selectors: Record<string, unknown>[] = [];
  targets.forEach((t, ti) => {
    const list = t.selector === undefined ? [] : Array.isArray(t.selector) ? t.selector : [t.selector];
    list.forEach((sel: { type: string }, si: number) => {
      const at = `target${Array.isArray(a.target) ? `[${ti}]` : ''}.selector${Array.isArray(t.selector) ? `[${si}]` : ''}`;
      const schema = sel.type === 'TextQuoteSelector' ? QuoteSchema : sel.type === 'TextPositionSelector' ? PositionSchema : null;
      if (schema) {
        const r = v.safeParse(schema, sel);
        if (!r.success) throw new Error(describeIssues(r.issues, at));
      }
      selectors.push(sel);
    });
  });
  const kind = a.archyde?.kind ?? (selectors.some((s) => s.type === 'TextQuoteSelector') ? 'selection' : 'page');
  if (kind === 'entity') {
    if (!a.archyde?.entity) throw new Error('archyde.entity: missing');
    return { ...base, kind, entity: a.archyde.entity };
  }
  if (kind === 'page') return { ...base, kind };
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') as v.InferOutput<typeof QuoteSchema> | undefined;
  if (!quote) throw new Error('target.selector: a selection note needs a TextQuoteSelector');
  const exact = quote.exact;
  const position = selectors.find((s) => s.type === 'TextPositionSelector') as v.InferOutput<typeof PositionSchema> | undefined;
  // Offsets that do not span the quote (another tool's units) are only a hint: keep the start.
  const start = position?.start ?? 0;
  return {
    ...base,
    kind: 'selection',
    selectors: [
      { type: 'TextQuoteSelector', exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
  };
}

/** Our id for an imported annotation id: the UUID of a `urn:uuid:`, else one derived from the id. */
export function noteIdOf(id: string): string {
  const m = /^urn:uuid:(.+)$/i.exec(id);
  if (m && isUuid(m[1]!.toLowerCase())) return m[1]!.toLowerCase();
  if (isUuid(id.toLowerCase())) return id.toLowerCase();
  return uuidFrom(id);
}

/** A UUID (version 8, RFC 9562: custom) from two 64-bit FNV-1a hashes of the string. */
function uuidFrom(s: string): string {
  const hash = (seed: bigint) => {
    let h = seed;
    for (let i = 0; i < s.length; i++) {
      h ^= BigInt(s.charCodeAt(i));
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    return h.toString(16).padStart(16, '0');
  };
  const hex = (hash(0xcbf29ce484222325n) + hash(0x84222325cbf29ce4n)).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Which of `incoming` to write over `existing` (by id): new ids, and known ids whose imported copy
 * is newer. An older or identical copy changes nothing, so re-importing a file is a no-op.
 */
export function mergeByUpdated(existing: ReadonlyMap<string, Note>, incoming: readonly Note[]): Note[] {
  return incoming.filter((n) => {
    const old = existing.get(n.id);
    return !old || old.updated < n.updated;
  });
}
