// The popup's note form: tags as typed, the checks it shows before saving, new and edited notes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LIMITS, parseNote } from '../../core/notes/model.ts';
import { pageNote } from '../../core/notes/testing.ts';
import { draftProblem, editedNote, newPageNote, tagsToInput } from './draft.ts';

test('tags as typed are kept as the page editor keeps them, and shown again for an edit', () => {
  const note = newPageNote(
    { key: 'k', url: 'https://www.archyde.com/a/', title: 'A' },
    { text: 'x', tags: ' news, China ,,  NEWS ,trade   deal', color: null },
    Date.UTC(2026, 11, 5),
  );
  assert.deepEqual(note.tags, ['news', 'China', 'trade deal']);
  assert.equal(tagsToInput(note.tags), 'news, China, trade deal');
});

test('a draft needs text and stays within the note limits', () => {
  const ok = { text: 'x', tags: '', color: null };
  assert.equal(draftProblem(ok), null);
  assert.deepEqual(draftProblem({ ...ok, text: ' \n ' }), { kind: 'empty' });
  assert.deepEqual(draftProblem({ ...ok, text: 'x'.repeat(LIMITS.text + 1) }), { kind: 'textTooLong', max: LIMITS.text });
  const many = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`).join(',');
  assert.deepEqual(draftProblem({ ...ok, tags: many }), { kind: 'tooManyTags', max: LIMITS.tags });
  const long = 'y'.repeat(LIMITS.tag + 1);
  assert.deepEqual(draftProblem({ ...ok, tags: `a, ${long}` }), { kind: 'tagTooLong', tag: long, max: LIMITS.tag });
});

test('a new page note and an edit are valid notes; an edit keeps everything but text, tags and colour', () => {
  const page = { key: 'archyde.com/a', url: 'https://www.archyde.com/a/', title: 'A' };
  const now = Date.UTC(2026, 11, 5);
  const made = parseNote(newPageNote(page, { text: '<b>hi</b>\nthere', tags: 'x, y', color: 'green' }, now));
  assert.equal(made.kind, 'page');
  assert.deepEqual([made.text, made.tags, made.color, made.created, made.updated], ['<b>hi</b>\nthere', ['x', 'y'], 'green', now, now]);
  const before = pageNote(1);
  const edited = parseNote(editedNote(before, { text: 'new', tags: '', color: null }, before.updated - 5));
  assert.deepEqual(edited, { ...before, text: 'new', tags: [], color: null });
});
