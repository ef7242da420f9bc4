import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toAnnotationCollection, toMarkdown, ANNO_CONTEXT, exportFilename } from './export.ts';
import { parseImport, noteIdOf, mergeByUpdated } from './import.ts';
import { parseNote, type Note } from './model.ts';
import { entityNote, pageNote, selectionNote, noteId } from './testing.ts';

const ARTICLE = readFileSync(new URL('../../../e2e/fixtures/seed/archyde-xi-putin.txt', import.meta.url), 'utf8');
const NOTES: Note[] = [
  selectionNote(1, ARTICLE, 'Xi Jinping'),
  { ...entityNote(2, 'Vladimir Putin'), tags: ['russia', 'leaders'], color: 'pink' },
  pageNote(3, 2, 'Line one\n\nLine <b>three</b> with *stars* and [brackets](x)'),
  { ...selectionNote(4, ARTICLE, 'Samarkand, Uzbekistan', 2), text: '' },
];

/** Test items are patched into arbitrary wrong shapes, which no precise type allows. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

test('the fixtures are valid notes', () => {
  for (const n of NOTES) parseNote(n);
});

test('JSON-LD: a W3C AnnotationCollection with quote and position selectors, tags as tagging bodies', () => {
  const c = toAnnotationCollection(NOTES);
  assert.equal(c['@context'], ANNO_CONTEXT);
  assert.equal(c.type, 'AnnotationCollection');
  assert.equal(c.total, 4);
  const [a, b] = c.first.items;
  assert.equal(a!.id, `urn:uuid:${noteId(1)}`);
  assert.equal(a!.type, 'Annotation');
  assert.equal(a!.target.source, 'https://www.archyde.com/news/article-1/');
  assert.equal(a!.target.selector![0].type, 'TextQuoteSelector');
  assert.equal(a!.target.selector![0].exact, 'Xi Jinping');
  assert.equal(a!.target.selector![1].type, 'TextPositionSelector');
  assert.equal(a!.created, '2026-11-01T09:00:01.000Z');
  assert.deepEqual(
    b!.body.filter((x) => x.purpose === 'tagging').map((x) => x.value),
    ['russia', 'leaders'],
  );
  assert.equal(b!.archyde.entity!.key, 'PERSON:vladimir putin');
});

test('round trip: export then import restores every note exactly, through JSON text', () => {
  const json = JSON.stringify(toAnnotationCollection(NOTES));
  const r = parseImport(json);
  assert.ok(r.ok, r.ok ? '' : r.error);
  const byId = (a: Note, b: Note) => a.id.localeCompare(b.id);
  assert.deepEqual([...r.notes].sort(byId), [...NOTES].sort(byId));
});

test('import: a Hypothesis-style annotation (target array, markdown body, RangeSelector, non-uuid id)', () => {
  const hyp = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: 'https://hypothes.is/a/AbC123xyz',
    created: '2025-03-04T10:11:12.000000+00:00',
    modified: '2025-03-05T10:11:12.000000+00:00',
    creator: 'acct:reader@hypothes.is',
    body: [
      { type: 'TextualBody', value: 'Check **this**', format: 'text/markdown' },
      { type: 'TextualBody', value: 'china', purpose: 'tagging' },
    ],
    target: [
      {
        source: 'https://www.archyde.com/news/xi/?utm_source=tw',
        selector: [
          { type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 0, endContainer: '/div[1]/p[2]', endOffset: 10 },
          { type: 'TextPositionSelector', start: 100, end: 110 },
          { type: 'TextQuoteSelector', exact: 'Xi Jinping', prefix: 'President ', suffix: ' will meet' },
        ],
      },
    ],
  };
  const r = parseImport([hyp]);
  assert.ok(r.ok, r.ok ? '' : r.error);
  const n = r.notes[0]!;
  assert.equal(n.kind, 'selection');
  assert.equal(n.id, noteIdOf('https://hypothes.is/a/AbC123xyz'));
  assert.match(n.id, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(n.page.key, 'archyde.com/news/xi');
  assert.equal(n.text, 'Check **this**');
  assert.deepEqual(n.tags, ['china']);
  assert.equal(n.created, Date.parse('2025-03-04T10:11:12Z'));
  assert.ok(n.kind === 'selection' && n.selectors[1].start === 100 && n.selectors[0].prefix === 'President ');
  // the same file twice gives the same ids: no duplicates
  const again = parseImport([hyp]);
  assert.ok(again.ok && again.notes[0]!.id === n.id);
});

test('import: the exact item and field that is wrong is reported, and nothing is returned', () => {
  const items = toAnnotationCollection(NOTES).first.items.map((x) => structuredClone(x)) as unknown as Loose[];
  items[2]!.target = { source: 'https://a.example/x', selector: [{ type: 'TextQuoteSelector', exact: 42 }] };
  const r = parseImport({ type: 'AnnotationCollection', first: { items } });
  assert.deepEqual(r, { ok: false, error: 'item 3: target.selector[0].exact: expected string, got 42' });

  const bad = (patch: (x: Loose) => void) => {
    const xs = toAnnotationCollection(NOTES).first.items.map((x) => structuredClone(x)) as unknown as Loose[];
    patch(xs[0]!);
    const res = parseImport(xs);
    assert.equal(res.ok, false);
    return res.ok ? '' : res.error;
  };
  assert.equal(
    bad((x) => delete x.created),
    'item 1: created: missing',
  );
  assert.match(
    bad((x) => (x.created = 'yesterday')),
    /^item 1: created: expected an ISO 8601 date-time/,
  );
  assert.match(
    bad((x) => (x.body[0].value = 'x'.repeat(10_001))),
    /^item 1: body/,
  );
  assert.match(
    bad((x) => (x.target.source = 'ftp://x/y')),
    /^item 1: target.source: not an http\(s\) address/,
  );
  assert.match(
    bad((x) => (x.archyde.color = 'red')),
    /^item 1: archyde.color/,
  );
  assert.match(
    bad((x) => (x.body = Array.from({ length: 22 }, (_, i) => ({ type: 'TextualBody', purpose: 'tagging', value: `t${i}` })))),
    /^item 1: tags: a note has at most 20 tags/,
  );
  assert.match(
    bad((x) => (x.target.selector = [{ type: 'TextPositionSelector', start: 1, end: 2 }])),
    /needs a TextQuoteSelector/,
  );
});

test('import: files that are not annotations are refused with a clear message', () => {
  assert.match((parseImport('{nope') as { error: string }).error, /^not JSON/);
  assert.match((parseImport('{"hello": 1}') as { error: string }).error, /^not a Web Annotation file/);
  assert.match((parseImport('42') as { error: string }).error, /^not a Web Annotation file/);
  assert.deepEqual(parseImport('[]'), { ok: true, notes: [] });
});

test('import: the same id twice in one file keeps the newer copy; merge keeps newer stored copies', () => {
  const old = pageNote(9);
  const newer = { ...old, text: 'edited', updated: old.updated + 10 };
  const r = parseImport(toAnnotationCollection([newer]).first.items.concat(toAnnotationCollection([old]).first.items));
  assert.ok(r.ok);
  assert.deepEqual(r.notes, [newer]);
  const existing = new Map([[old.id, newer]]);
  assert.deepEqual(mergeByUpdated(existing, [old]), []);
  assert.deepEqual(mergeByUpdated(new Map([[old.id, old]]), [newer]), [newer]);
  assert.deepEqual(mergeByUpdated(new Map(), [old]), [old]);
});

test('Markdown: grouped by page, quotes as block quotes, markup in notes escaped', () => {
  const md = toMarkdown(NOTES);
  assert.match(md, /^# Notes\n/);
  const one = md.indexOf('## [Article number 1](<https://www.archyde.com/news/article-1/>)');
  const two = md.indexOf('## [Article number 2](<https://www.archyde.com/news/article-2/>)');
  assert.ok(one >= 0 && two > one);
  assert.match(md, /> Xi Jinping\n/);
  assert.match(md, /> Samarkand, Uzbekistan\n/);
  assert.ok(two < md.indexOf('> Samarkand'));
  assert.match(md, /\*\*Vladimir Putin\*\* \(person\)/);
  assert.match(md, /Line \\<b\\>three\\<\/b\\> with \\\*stars\\\* and \\\[brackets\\\]\(x\)/);
  assert.match(md, /#russia #leaders · pink/);
  assert.equal(toMarkdown([]), '# Notes\n');
});

test("file names: all notes by day; one page's notes carry the page's address, kept short and file-safe", () => {
  assert.equal(exportFilename('jsonld', '2026-12-05'), 'archyde-notes-2026-12-05.jsonld');
  assert.equal(exportFilename('markdown', '2026-12-05'), 'archyde-notes-2026-12-05.md');
  assert.equal(exportFilename('markdown', '2026-12-05', 'archyde.com/world/xi-putin'), 'archyde-notes-archyde.com-world-xi-putin-2026-12-05.md');
  assert.equal(exportFilename('jsonld', '2026-12-05', 'news.example.net/a?id=2&x=%C3%A9'), 'archyde-notes-news.example.net-a-id-2-x-c3-a9-2026-12-05.jsonld');
  const long = exportFilename('markdown', '2026-12-05', `archyde.com/${'word-'.repeat(100)}`);
  assert.ok(long.length <= 'archyde-notes--2026-12-05.md'.length + 80, long);
  assert.doesNotMatch(long, /--|\/|\.\./);
  assert.equal(exportFilename('markdown', '2026-12-05', '/?&'), 'archyde-notes-page-2026-12-05.md');
});
