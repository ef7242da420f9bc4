// The note editor, rendered by preact into a linkedom document: a failed save shows the reason
// and keeps everything typed; an empty note or a bad tag is refused before anything is sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { readFileSync } from 'node:fs';
import type { NoteFields } from './store.ts';

const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
Object.assign(globalThis, { document, window, Node: window.Node, HTMLElement: window.HTMLElement });
// The browser's i18n.getMessage, as t() finds it, over the English catalogue ($1… filled in).
const catalogue = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
(globalThis as unknown as { chrome: unknown }).chrome = {
  i18n: {
    getMessage: (key: string, subs: string[] = []) => (catalogue[key]?.message ?? '').replace(/\$(\d)/g, (_all, n: string) => subs[Number(n) - 1] ?? ''),
  },
};
const { Editor } = await import('./editor.tsx');

const tick = () => new Promise((r) => setTimeout(r, 0));

function mount(onSave: (f: NoteFields) => Promise<void>) {
  const root = document.getElementById('root')!;
  render(null, root);
  render(h(Editor, { quote: 'the quoted passage', initial: { text: '', tags: [], color: 'yellow' }, editing: false, onSave, onCancel: () => undefined }), root);
  const textarea = root.querySelector('textarea')!;
  const tags = root.querySelector('input[type="text"]') as HTMLInputElement;
  const type = (el: HTMLTextAreaElement | HTMLInputElement, value: string) => {
    el.value = value;
    el.dispatchEvent(new window.Event('input', { bubbles: true }));
  };
  const submit = async () => {
    root.querySelector('form')!.dispatchEvent(new window.Event('submit', { bubbles: true, cancelable: true }));
    await tick();
    await tick();
  };
  const error = () => root.querySelector('.error')?.textContent ?? null;
  return { root, textarea, tags, type, submit, error };
}

test('a failed save shows the reason and keeps the text, tags and colour', async () => {
  const calls: NoteFields[] = [];
  const e = mount(async (f) => {
    calls.push(f);
    throw new Error('the storage is full; nothing already saved was lost');
  });
  assert.ok(e.root.textContent!.includes('the quoted passage'));
  e.type(e.textarea, 'line one\nline two');
  e.type(e.tags, 'a, b');
  await e.submit();
  assert.deepEqual(calls, [{ text: 'line one\nline two', tags: ['a', 'b'], color: 'yellow' }]);
  assert.equal(e.error(), 'The note was not saved: the storage is full; nothing already saved was lost. Your text is kept.');
  assert.equal(e.textarea.value, 'line one\nline two');
  assert.equal(e.tags.value, 'a, b');
});

test('an empty note and a tag over the limit are refused before saving', async () => {
  const calls: NoteFields[] = [];
  const e = mount(async (f) => void calls.push(f));
  e.type(e.textarea, '  \n ');
  await e.submit();
  assert.equal(e.error(), 'Write something first: an empty note is not saved.');
  e.type(e.textarea, 'fine');
  e.type(e.tags, `ok, ${'x'.repeat(51)}`);
  await e.submit();
  assert.equal(e.error(), `A tag has at most 50 characters: “${'x'.repeat(51)}”.`);
  assert.equal(calls.length, 0);
  e.type(e.tags, 'ok');
  await e.submit();
  assert.deepEqual(calls, [{ text: 'fine', tags: ['ok'], color: 'yellow' }]);
  assert.equal(e.error(), null);
});

test('note text is set as a field value, never parsed as markup', async () => {
  const e = mount(async () => undefined);
  e.type(e.textarea, '<img src=x onerror=alert(1)>');
  await tick();
  assert.equal(e.root.querySelectorAll('img').length, 0);
});
