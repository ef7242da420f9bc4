// The popup's note form (src/popup/notes/NoteEditor.tsx) in a linkedom document, with the English
// catalogue: a failed save (a full disk) shows why and keeps text, tags and colour; a retry saves
// them; a draft the note schema would refuse is explained before anything is sent; Esc cancels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { installI18nStub } from '../e2e/harness/i18n-stub.ts';
import type { Draft } from '../src/popup/notes/draft.ts';

const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
Object.assign(globalThis, { document, window, Node: window.Node, HTMLElement: window.HTMLElement });
installI18nStub(JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')));
const { NoteEditor } = await import('../src/popup/notes/NoteEditor.tsx');

const root = () => document.getElementById('root')!;
const settle = () => new Promise((r) => setTimeout(r, 10));
async function until(ok: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (ok()) return;
    await settle();
  }
  assert.fail(`never ${what}: ${root().innerHTML}`);
}
function fill(selector: string, value: string) {
  const el = root().querySelector(selector) as unknown as HTMLInputElement;
  el.value = value;
  el.dispatchEvent(new window.Event('input', { bubbles: true }));
}
function key(k: string, ctrl = false) {
  const e = new window.Event('keydown', { bubbles: true, cancelable: true });
  Object.assign(e, { key: k, ctrlKey: ctrl, metaKey: false });
  Object.defineProperty(e, 'isTrusted', { value: true }); // the reader's own key press
  root().querySelector('textarea')!.dispatchEvent(e);
}
const alertText = () => root().querySelector('[role="alert"]')?.textContent ?? null;

function mount(onSave: (d: Draft) => Promise<void>, onCancel = () => {}) {
  render(h(NoteEditor, { id: 't', initial: { text: '', tags: '', color: null }, onSave, onCancel }), root());
}

test('a save that fails shows the reason and keeps text, tags and colour; a retry saves them', async () => {
  const saved: Draft[] = [];
  let full = true;
  mount(async (d) => {
    if (full) throw new Error('Not enough storage space to save notes.');
    saved.push(d);
  });
  fill('textarea', 'my <b>note</b>');
  fill('#t-tags', 'a, b');
  const green = root().querySelector('input[value="green"]')!;
  green.dispatchEvent(new window.Event('change', { bubbles: true }));
  key('Enter', true);
  await until(() => alertText() !== null, 'showed the error');
  assert.equal(alertText(), 'Not saved: Not enough storage space to save notes. Your text is kept.');
  assert.equal(root().querySelector('textarea')!.value, 'my <b>note</b>');
  assert.equal((root().querySelector('#t-tags') as unknown as HTMLInputElement).value, 'a, b');
  full = false;
  key('Enter', true);
  await until(() => saved.length === 1, 'saved on retry');
  assert.deepEqual(saved, [{ text: 'my <b>note</b>', tags: 'a, b', color: 'green' }]);
  await until(() => alertText() === null, 'cleared the error');
  render(null, root());
});

test('an empty note or an overlong tag is explained and nothing is sent; Esc cancels', async () => {
  let sends = 0;
  let cancels = 0;
  mount(
    async () => void sends++,
    () => void cancels++,
  );
  key('Enter', true);
  await until(() => alertText() !== null, 'explained the empty note');
  assert.equal(alertText(), 'Write something first: a note needs text.');
  fill('textarea', 'text');
  fill('#t-tags', `ok, ${'x'.repeat(51)}`);
  key('Enter', true);
  await until(() => (alertText() ?? '').startsWith('The tag'), 'explained the long tag');
  assert.equal(alertText(), `The tag “${'x'.repeat(51)}” is longer than 50 characters.`);
  assert.equal(sends, 0);
  key('Escape');
  assert.equal(cancels, 1);
  render(null, root());
});
