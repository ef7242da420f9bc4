import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import { formatTags, parseTags } from './tags.ts';
import { LIMITS, NoteSchema } from './model.ts';
import { selectionNote } from './testing.ts';

test('tags are trimmed, inner spaces collapsed, empty and duplicate ones dropped', () => {
  assert.deepEqual(parseTags(' travel, Xi  Jinping ,,china\nTRAVEL, '), { ok: true, tags: ['travel', 'Xi Jinping', 'china'] });
  assert.deepEqual(parseTags('   '), { ok: true, tags: [] });
  assert.equal(formatTags(['a', 'b c']), 'a, b c');
});

test('a tag over the length limit or too many tags is an error naming it', () => {
  const long = 'x'.repeat(LIMITS.tag + 1);
  assert.deepEqual(parseTags(`ok, ${long}`), { ok: false, error: 'tooLong', tag: long });
  const many = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`).join(',');
  assert.deepEqual(parseTags(many), { ok: false, error: 'tooMany' });
});

test('whatever parses is accepted by the note schema', () => {
  const r = parseTags(`a, b, ${'y'.repeat(LIMITS.tag)}, \u00a0c\u00a0`);
  assert.ok(r.ok);
  assert.ok(v.safeParse(NoteSchema, { ...selectionNote(1, 'The summit in Moscow', 'summit'), tags: r.tags }).success);
});
