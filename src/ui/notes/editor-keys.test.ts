import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editorKeys } from './editor-keys';

function press(init: { key: string; ctrlKey?: boolean; metaKey?: boolean; isTrusted?: boolean }) {
  let prevented = false;
  const e = { ctrlKey: false, metaKey: false, isTrusted: true, ...init, preventDefault: () => void (prevented = true) };
  return { e: e as unknown as KeyboardEvent, prevented: () => prevented };
}

test('Ctrl+Enter and ⌘+Enter save, Escape cancels, other keys pass through', () => {
  const calls: string[] = [];
  const onKey = editorKeys(
    () => calls.push('save'),
    () => calls.push('cancel'),
  );
  for (const init of [{ key: 'Enter', ctrlKey: true }, { key: 'Enter', metaKey: true }, { key: 'Escape' }]) {
    const p = press(init);
    onKey(p.e);
    assert.equal(p.prevented(), true);
  }
  const plain = press({ key: 'Enter' });
  onKey(plain.e);
  onKey(press({ key: 'a', ctrlKey: true }).e);
  assert.equal(plain.prevented(), false, 'Enter alone is a line break');
  assert.deepEqual(calls, ['save', 'save', 'cancel']);
});

test('a key event a script dispatched (not trusted) neither saves nor cancels', () => {
  const calls: string[] = [];
  const onKey = editorKeys(
    () => calls.push('save'),
    () => calls.push('cancel'),
  );
  onKey(press({ key: 'Enter', ctrlKey: true, isTrusted: false }).e);
  onKey(press({ key: 'Escape', isTrusted: false }).e);
  assert.deepEqual(calls, []);
});
