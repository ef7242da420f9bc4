// The card's notes section, rendered by preact into a linkedom document with a fake port:
// what it shows, that note text is never markup, that a failed save keeps the text, and Undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import type { EntityNote } from '../../core/notes/model.ts';
import type { EntityNotesPort, NotesText } from './notes-port.ts';

const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
Object.assign(globalThis, { document, window, Node: window.Node, HTMLElement: window.HTMLElement });
const { Notes } = await import('./Notes.tsx');

const TEXT: NotesText = {
  empty: 'No notes yet.',
  loading: 'Loading…',
  add: 'Add note',
  fieldLabel: 'Your note',
  hint: 'hint',
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  remove: 'Delete',
  noteOf: (d) => ` note of ${d}`,
  deleted: 'Note deleted.',
  undo: 'Undo',
  saveFailed: (r) => `Not saved: ${r}`,
  deleteFailed: (r) => `Not deleted: ${r}`,
  loadFailed: (r) => `Not read: ${r}`,
  date: (ms) => `day ${ms}`,
};

function note(n: number, text: string): EntityNote {
  return {
    kind: 'entity',
    id: `00000000-0000-4000-8000-00000000000${n}`,
    text,
    tags: [],
    color: null,
    created: 1_800_000_000_000 + n,
    updated: 1_800_000_000_000 + n,
    page: { key: 'archyde.com/a', url: 'https://www.archyde.com/a/', title: 'A' },
    entity: { key: 'PERSON:xi jinping', name: 'Xi Jinping', type: 'PERSON' },
  };
}

/** An in-memory store behind the port; `failSave` makes the next save reject with that reason. */
function fakePort(initial: EntityNote[]) {
  const store = new Map(initial.map((n) => [n.id, n]));
  const listeners = new Set<() => void>();
  const state = { failSave: null as string | null, restored: [] as EntityNote[] };
  let next = 5;
  const port: EntityNotesPort = {
    key: 'PERSON:xi jinping',
    text: TEXT,
    list: async () => [...store.values()],
    subscribe: (cb) => (listeners.add(cb), () => listeners.delete(cb)),
    async save(text, previous) {
      if (state.failSave) throw new Error(state.failSave);
      const saved = previous ? { ...previous, text } : note(next++, text);
      store.set(saved.id, saved);
      return saved;
    },
    async remove(id) {
      const n = store.get(id) ?? null;
      store.delete(id);
      return n;
    },
    async restore(n) {
      state.restored.push(n);
      store.set(n.id, n);
    },
  };
  return { port, state, store, changed: () => listeners.forEach((cb) => cb()) };
}

const root = () => document.getElementById('root')!;
const settle = () => new Promise((r) => setTimeout(r, 20));
async function until(ok: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (ok()) return;
    await settle();
  }
  assert.fail(`never ${what}: ${root().innerHTML}`);
}
const buttons = () => [...root().querySelectorAll('button')];
const button = (name: string) => buttons().find((b) => (b.textContent ?? '').startsWith(name))!;
const click = (el: Element) => el.dispatchEvent(new window.Event('click', { bubbles: true }));
function typeInto(text: string) {
  const field = root().querySelector('textarea')!;
  field.value = text;
  field.dispatchEvent(new window.Event('input', { bubbles: true }));
}
function key(k: string, ctrl = false) {
  const e = new window.Event('keydown', { bubbles: true, cancelable: true });
  Object.assign(e, { key: k, ctrlKey: ctrl, metaKey: false });
  Object.defineProperty(e, 'isTrusted', { value: true }); // the reader's own key press
  root().querySelector('textarea')!.dispatchEvent(e);
}

test('notes show newest first, as text: markup stays text, addresses are safe links', async () => {
  const { port } = fakePort([note(1, 'older'), note(2, '<img src=x onerror=alert(1)>\nsee https://example.org/x.')]);
  render(h(Notes, { port }), root());
  await until(() => root().querySelectorAll('li').length === 2, 'listed the notes');
  const items = [...root().querySelectorAll('li .note-text')];
  assert.equal(items[0]!.textContent, '<img src=x onerror=alert(1)>\nsee https://example.org/x.');
  assert.equal(items[1]!.textContent, 'older');
  assert.equal(root().querySelectorAll('img').length, 0);
  const a = root().querySelector('a')!;
  assert.equal(a.getAttribute('href'), 'https://example.org/x');
  assert.equal(a.getAttribute('target'), '_blank');
  assert.equal(a.getAttribute('rel'), 'noopener noreferrer');
  render(null, root());
});

test('a failed save shows the reason and keeps the typed text; a retry saves it', async () => {
  const { port, state, store } = fakePort([]);
  render(h(Notes, { port }), root());
  await until(() => (root().textContent ?? '').includes('No notes yet.'), 'showed the empty state');
  click(button('Add note'));
  await until(() => root().querySelector('textarea') !== null, 'opened the form');
  typeInto('my note');
  state.failSave = 'QuotaExceededError: the storage is full';
  key('Enter', true);
  await until(() => root().querySelector('[role="alert"]') !== null, 'showed the error');
  assert.equal(root().querySelector('[role="alert"]')!.textContent, 'Not saved: QuotaExceededError: the storage is full.');
  assert.equal(root().querySelector('textarea')!.value, 'my note');
  assert.equal(store.size, 0);
  state.failSave = null;
  key('Enter', true);
  await until(() => root().querySelector('textarea') === null && (root().querySelector('li')?.textContent ?? '').includes('my note'), 'saved on retry');
  assert.equal(root().querySelector('[role="alert"]'), null);
  render(null, root());
});

test('Esc in the field cancels; Edit opens the form prefilled', async () => {
  const { port, store } = fakePort([note(1, 'first')]);
  render(h(Notes, { port }), root());
  await until(() => root().querySelectorAll('li').length === 1, 'listed the note');
  click(button('Add note'));
  await until(() => root().querySelector('textarea') !== null, 'opened the form');
  typeInto('draft');
  key('Escape');
  await until(() => root().querySelector('textarea') === null, 'closed the form');
  assert.equal(store.size, 1);
  click(button('Edit'));
  await until(() => root().querySelector('textarea') !== null, 'opened the edit form');
  assert.equal(root().querySelector('textarea')!.value, 'first');
  render(null, root());
});

test('Delete offers Undo, which saves the deleted note again exactly; changes elsewhere refresh the list', async () => {
  const { port, state, store, changed } = fakePort([note(1, 'keep me')]);
  render(h(Notes, { port }), root());
  await until(() => root().querySelectorAll('li').length === 1, 'listed the note');
  const original = store.get(note(1, '').id)!;
  click(button('Delete'));
  await until(() => root().querySelectorAll('li').length === 0 && button('Undo') !== undefined, 'deleted with Undo');
  click(button('Undo'));
  await until(() => root().querySelectorAll('li').length === 1 && button('Undo') === undefined, 'restored');
  assert.deepEqual(state.restored, [original]);
  store.set(note(3, '').id, note(3, 'from another tab'));
  changed();
  await until(() => root().querySelectorAll('li').length === 2, 'refreshed on a change');
  render(null, root());
});
