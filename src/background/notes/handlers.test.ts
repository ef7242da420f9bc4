import 'fake-indexeddb/auto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NotesRepository } from './repository.ts';
import { createNotesHandlers, senderPolicy } from './handlers.ts';
import { entityNote, pageNote, selectionNote } from '../../core/notes/testing.ts';

const ARTICLE = readFileSync(new URL('../../../e2e/fixtures/seed/archyde-xi-putin.txt', import.meta.url), 'utf8');
const BASE = 'chrome-extension://abcdef/';
const popup = { url: `${BASE}popup.html` };
const page = { url: 'https://www.archyde.com/news/article-1/', tab: { id: 3, url: 'https://www.archyde.com/news/article-1/' } };
const otherSite = { url: 'https://evil.example/x', tab: { id: 4 } };
let n = 0;
function setup() {
  const repo = new NotesRepository({ name: `notes-handlers-test-${++n}` });
  const h = createNotesHandlers(repo, senderPolicy(BASE), () => Date.UTC(2026, 11, 4));
  return { repo, h };
}

test('save, byPage, byEntities, delete (with the note back for undo) from a content script on the page', async () => {
  const { repo, h } = setup();
  const a = selectionNote(1, ARTICLE, 'Xi Jinping');
  const b = entityNote(2, 'Xi Jinping', 5);
  assert.deepEqual(await h['notes/save']({ note: a }, page), a);
  await h['notes/save']({ note: b }, { url: 'https://archyde.com/news/article-5', tab: { id: 1 } });
  assert.deepEqual(await h['notes/byPage']({ pageKey: a.page.key }, page), [a]);
  assert.deepEqual(await h['notes/byEntities']({ keys: ['PERSON:xi jinping'] }, page), [b]);
  assert.deepEqual(await h['notes/delete']({ id: a.id }, page), { deleted: a });
  assert.deepEqual(await h['notes/delete']({ id: a.id }, page), { deleted: null });
  repo.close();
});

test('malformed payloads are refused with what is wrong, and change nothing', async () => {
  const { repo, h } = setup();
  await assert.rejects(
    async () => h['notes/save']({ note: { ...pageNote(1), text: 5 } } as never, popup),
    /^Error: notes\/save: note.text: expected string, got 5/,
  );
  await assert.rejects(async () => h['notes/save'](null as never, popup), /notes\/save: expected Object, got null/);
  await assert.rejects(async () => h['notes/byEntities']({ keys: Array(501).fill('PERSON:x') }, popup), /keys/);
  await assert.rejects(async () => h['notes/search']({ query: 'x'.repeat(501) }, popup), /query/);
  await assert.rejects(async () => h['notes/clear']({ confirm: false } as never, popup), /confirm/);
  await assert.rejects(async () => h['notes/warmSearch']({} as never, popup), /notes\/warmSearch: expected null/);
  await assert.rejects(async () => h['notes/delete']({ id: 'x', more: 1 } as never, popup), /id: expected a lower-case UUID; more: unexpected key/);
  assert.equal(await repo.count(), 0);
  repo.close();
});

test('a content script is held to its own site; export, import, search and clear are for extension pages', async () => {
  const { repo, h } = setup();
  const a = pageNote(1);
  await h['notes/save']({ note: a }, popup);
  await assert.rejects(async () => h['notes/save']({ note: pageNote(2) }, otherSite), /only reach notes of its own site/);
  await assert.rejects(async () => h['notes/byPage']({ pageKey: a.page.key }, otherSite), /only reach notes of its own site/);
  await assert.rejects(async () => h['notes/delete']({ id: a.id }, otherSite), /only reach notes of its own site/);
  await assert.rejects(async () => h['notes/byPage']({ pageKey: a.page.key }, {}), /only reach notes of its own site/);
  for (const [type, payload] of [
    ['notes/export', { format: 'jsonld' }],
    ['notes/import', { content: '[]' }],
    ['notes/clear', { confirm: true }],
    ['notes/search', { query: 'page' }],
    ['notes/warmSearch', null],
  ] as const) {
    await assert.rejects(async () => (h[type] as (p: unknown, s: unknown) => Promise<unknown>)(payload, page), /only answered to the extension's own pages/);
  }
  assert.deepEqual(await repo.all(), [a]);
  repo.close();
});

test('export then import into an empty store restores every note; a bad file changes nothing', async () => {
  const one = setup();
  const notes = [selectionNote(1, ARTICLE, 'Samarkand'), entityNote(2, 'Vladimir Putin'), pageNote(3, 2, 'a\nb')];
  for (const x of notes) await one.h['notes/save']({ note: x }, popup);
  const file = await one.h['notes/export']({ format: 'jsonld' }, popup);
  assert.equal(file.filename, 'archyde-notes-2026-12-04.jsonld');
  assert.equal(file.mimeType, 'application/ld+json');
  const md = await one.h['notes/export']({ format: 'markdown', pageKey: notes[2]!.page.key }, popup);
  assert.match(md.content, /## \[Article number 2\]/);
  assert.doesNotMatch(md.content, /Article number 1/);

  const two = setup();
  await two.h['notes/save']({ note: pageNote(9) }, popup);
  assert.deepEqual(await two.h['notes/import']({ content: file.content }, popup), { added: 3, updated: 0, unchanged: 0 });
  assert.deepEqual(
    await two.repo.all(),
    [...notes, pageNote(9)].sort((a, b) => a.created - b.created),
  );
  assert.deepEqual(await two.h['notes/import']({ content: file.content }, popup), { added: 0, updated: 0, unchanged: 3 });

  const bad = JSON.parse(file.content);
  bad.first.items[1].target = 7;
  await assert.rejects(async () => two.h['notes/import']({ content: JSON.stringify(bad) }, popup), /^Error: import refused, nothing changed: item 2: target/);
  assert.equal(await two.repo.count(), 4);
  assert.deepEqual(await two.h['notes/search']({ query: 'Putin' }, popup), [notes[1]]);
  assert.deepEqual(await two.h['notes/clear']({ confirm: true }, popup), { deleted: 4 });
  one.repo.close();
  two.repo.close();
});

test('notes/warmSearch answers at once and builds the index once for the searches that follow', async () => {
  const { repo, h } = setup();
  await h['notes/save']({ note: pageNote(1, 1, 'pipelines') }, popup);
  const fresh = new NotesRepository({ name: `notes-handlers-test-${n}` }); // a restarted background
  const h2 = createNotesHandlers(fresh, senderPolicy(BASE));
  assert.deepEqual(await h2['notes/warmSearch'](null, popup), { ready: false });
  assert.deepEqual(await h2['notes/search']({ query: 'pipelines' }, popup), [pageNote(1, 1, 'pipelines')]);
  assert.deepEqual(await h2['notes/warmSearch'](null, popup), { ready: true });
  fresh.close();
  repo.close();
});
