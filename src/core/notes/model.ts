/**
 * The reader's notes: their shape, and the schema every note is checked against before it is
 * stored, imported or answered (the store and the protocol never trust a note they did not check).
 *
 * Offsets in a TextPositionSelector are UTF-16 code units of the article text as the annotator
 * reads it (the same units as String.prototype.slice), as Hypothesis stores them; the JSON-LD
 * export says so (see export.ts).
 */
import * as v from 'valibot';
import type { EntityType } from '../types.ts';

export type NoteKind = 'selection' | 'entity' | 'page';

/** The colours a note may take; names, not CSS, so a note can never carry style into a page. */
export const NOTE_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type NoteColor = (typeof NOTE_COLORS)[number];

/** W3C TextQuoteSelector: the quoted text with some context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector over the article text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type NoteSelectors = [TextQuoteSelector, TextPositionSelector];

/** The page a note was made on. `key` is the normalised URL (page-key.ts). */
interface NotePage {
  key: string;
  url: string;
  title: string;
}

/** The entity an entity note belongs to. `key` is stable across articles (entity-key.ts). */
export interface NoteEntity {
  key: string;
  name: string;
  type: EntityType;
}

interface NoteBase {
  /** A UUID (lower case). */
  id: string;
  page: NotePage;
  /** Plain text, line breaks kept; never interpreted as markup. */
  text: string;
  tags: string[];
  color: NoteColor | null;
  /** Milliseconds since the epoch. */
  created: number;
  updated: number;
}

export interface SelectionNote extends NoteBase {
  kind: 'selection';
  selectors: NoteSelectors;
}
export interface EntityNote extends NoteBase {
  kind: 'entity';
  entity: NoteEntity;
}
export interface PageNote extends NoteBase {
  kind: 'page';
}

export type Note = SelectionNote | EntityNote | PageNote;

/** Size bounds: generous for real use, small enough that one request or item cannot exhaust memory. */
export const LIMITS = {
  text: 10_000,
  tags: 20,
  tag: 50,
  url: 4_096,
  title: 1_000,
  quote: 10_000,
  context: 256,
  entityName: 200,
  entityKey: 300,
  /** Largest text offset accepted (an article of 16M code units is far beyond any page we read). */
  offset: 16_000_000,
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// 2000-01-01 .. 2200-01-01: a timestamp outside is a unit mix-up (seconds, microseconds), not a date.
const TIME_MIN = 946_684_800_000;
const TIME_MAX = 7_258_118_400_000;

const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.offset));
const time = v.pipe(v.number(), v.integer(), v.minValue(TIME_MIN), v.maxValue(TIME_MAX));

const QuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.quote)),
  prefix: v.pipe(v.string(), v.maxLength(LIMITS.context)),
  suffix: v.pipe(v.string(), v.maxLength(LIMITS.context)),
});

const PositionSelectorSchema = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.end > p.start, 'end must be greater than start'),
);

const PageSchema = v.strictObject({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.url)),
  url: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.url)),
  title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
});

const EntityTypeSchema = v.picklist(['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE']);

export const EntitySchema = v.strictObject({
  key: v.pipe(v.string(), v.minLength(3), v.maxLength(LIMITS.entityKey)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.entityName)),
  type: EntityTypeSchema,
});

const TagSchema = v.pipe(
  v.string(),
  v.minLength(1, 'a tag may not be empty'),
  v.maxLength(LIMITS.tag, `a tag has at most ${LIMITS.tag} characters`),
  v.check((t) => t.trim() === t && !/[\r\n]/.test(t), 'a tag has no surrounding spaces or line breaks'),
);

const base = {
  id: v.pipe(v.string(), v.regex(UUID, 'expected a lower-case UUID')),
  page: PageSchema,
  text: v.pipe(v.string(), v.maxLength(LIMITS.text, `a note has at most ${LIMITS.text} characters`)),
  tags: v.pipe(
    v.array(TagSchema),
    v.maxLength(LIMITS.tags, `a note has at most ${LIMITS.tags} tags`),
    v.check((ts) => new Set(ts).size === ts.length, 'tags must be distinct'),
  ),
  color: v.nullable(v.picklist(NOTE_COLORS)),
  created: time,
  updated: time,
};

export const NoteSchema = v.pipe(
  v.variant('kind', [
    v.strictObject({
      ...base,
      kind: v.literal('selection'),
      selectors: v.pipe(
        v.strictTuple([QuoteSelectorSchema, PositionSelectorSchema]),
        v.check(([q, p]) => p.end - p.start === q.exact.length, 'the position must span the quote'),
      ),
    }),
    v.strictObject({ ...base, kind: v.literal('entity'), entity: EntitySchema }),
    v.strictObject({ ...base, kind: v.literal('page') }),
  ]),
  v.check((n) => n.updated >= n.created, 'updated must not be before created'),
);

// The schema and the interfaces describe one shape; this fails to compile when they drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<v.InferOutput<typeof NoteSchema>, Note> = true;
void schemaMatchesType;

/** Where an issue is, as a reader would write it: `target.selector[0].exact`. */
function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += `${out ? '.' : ''}${String(key)}`;
  }
  return out;
}

/** One line per problem, each naming where it is, e.g. "selectors[0].exact: expected string, got 1". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[], at = ''): string {
  return issues
    .map(specific)
    .map((issue) => {
      const path = issuePath(issue);
      const where = at && path && !path.startsWith('[') ? `${at}.${path}` : `${at}${path}`;
      return `${where ? `${where}: ` : ''}${issueMessage(issue)}`;
    })
    .join('; ');
}

/** Of a union's failed options, the one that got furthest: its issue says more than "expected A | B". */
function specific(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown> {
  let best = issue;
  for (const sub of issue.issues ?? []) {
    const s = specific(sub);
    if ((s.path?.length ?? 0) > (best.path?.length ?? 0)) best = s;
  }
  return best;
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema') return issue.message;
  if (issue.received === 'undefined') return 'missing';
  if (issue.expected === 'never') return 'unexpected key';
  // Valibot's own wording ("Invalid type: Expected string but received 1") in plainer words.
  return `expected ${issue.expected ?? issue.type}, got ${issue.received}`;
}

/** The note if it matches the schema, else an Error that says what is wrong and where. */
export function parseNote(value: unknown): Note {
  const r = v.safeParse(NoteSchema, value);
  if (!r.success) throw new Error(`invalid note: ${describeIssues(r.issues)}`);
  return r.output;
}

export function isUuid(s: string): boolean {
  return UUID.test(s);
}

/** A new random note id. */
export function newNoteId(): string {
  return crypto.randomUUID();
}
