import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Note } from '../../core/notes/model';
import type { Handlers } from '../../shared/messages';
import type { NotesRequests } from '../../shared/protocol/notes';
import { entityNote, pageNote } from '../../core/notes/testing.ts';
import { announcingWrites } from './announce';

const fail = () => Promise.reject(new Error('not in this test'));

test('acknowledged writes are announced with their page and entity keys, after the write; reads and failures are not', async () => {
  const order: string[] = [];
  const e = entityNote(1, 'Xi Jinping');
  const p = pageNote(2);
  const base = {
    'notes/save': async ({ note }) => (order.push('saved'), note!),
    'notes/delete': async () => ({ deleted: p }),
    'notes/byPage': async () => (order.push('read'), []),
    'notes/byEntities': fail,
    'notes/search': fail,
    'notes/warmSearch': fail,
    'notes/export': fail,
    'notes/import': async () => {
      throw new Error('import refused');
    },
    'notes/clear': async () => ({ deleted: 3 }),
  } as Handlers<NotesRequests>;
  const changes: unknown[] = [];
  const h = announcingWrites(base, async (c) => {
    order.push('announced');
    changes.push(c);
  });
  await h['notes/save']({ note: e }, null);
  await h['notes/delete']({ id: p.id }, null);
  await h['notes/byPage']({ pageKey: p.page.key }, null);
  await assert.rejects(Promise.resolve(h['notes/import']({ content: '{}' }, null)), /import refused/);
  await h['notes/clear']({ confirm: true }, null);
  assert.deepEqual(order, ['saved', 'announced', 'announced', 'read', 'announced']);
  assert.deepEqual(changes, [
    { pageKeys: [e.page.key], entityKeys: [e.entity.key], all: false },
    { pageKeys: [p.page.key], entityKeys: [], all: false },
    { pageKeys: [], entityKeys: [], all: true },
  ]);
});

test('a failed announcement does not fail the write it follows', async () => {
  const e = entityNote(1, 'Xi Jinping');
  const h = announcingWrites({ 'notes/save': async ({ note }: { note: Note }) => note } as unknown as Handlers<NotesRequests>, () =>
    Promise.reject(new Error('storage full')),
  );
  assert.equal(await h['notes/save']({ note: e }, null), e);
});
