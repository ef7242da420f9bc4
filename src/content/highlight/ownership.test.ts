import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { readMention } from './markup.ts';
import { setShownTypes, onShownTypesChange, isTypeShown } from './shown-types.ts';
import { unwrapBlock, wrapBlock, type WrapPiece } from './highlighter.ts';

function block(html: string): { doc: Document; p: Element } {
  const { document } = parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`);
  const doc = document as unknown as Document;
  return { doc, p: doc.querySelector('p')! };
}

/** A piece covering the whole of text node `node` (the DOM used here cannot split text nodes). */
const piece = (node: number, length: number, type: 'PERSON' | 'DATE'): WrapPiece => ({
  node,
  start: 0,
  end: length,
  key: node,
  attrs: { entityId: `e${node}`, type, mentionIndex: node, tabStop: true },
});

test('our mentions are known by identity; a copy with the same tag and attributes is not one', () => {
  const { doc, p } = block('<b>Angela Merkel</b> met him on <i>Monday</i>.');
  const nodes = [p.querySelector('b')!.firstChild as Text, p.querySelector('i')!.firstChild as Text];
  const record = wrapBlock(nodes, [piece(0, 13, 'PERSON'), piece(1, 6, 'DATE')], true, p.textContent!, 'sig');
  const [merkel, monday] = record.wrappers;
  const m = readMention(merkel!);
  assert.deepEqual([m?.entityId, m?.type, m?.mentionIndex], ['e0', 'PERSON', 0]);
  assert.equal(merkel!.textContent, 'Angela Merkel');
  const forged = doc.createElement('archyde-entity');
  for (const a of [...merkel!.attributes]) forged.setAttribute(a.name, a.value);
  p.append(forged);
  assert.equal(readMention(forged), null);
  // Only painted mentions say their type; dates are not shown by default, and get no tab stop.
  assert.equal(merkel!.getAttribute('data-aa-type'), 'PERSON');
  assert.equal(monday!.hasAttribute('data-aa-type'), false);
  assert.equal(monday!.getAttribute('tabindex'), '-1');
  unwrapBlock(record);
  assert.equal(readMention(merkel!), null);
});

test('shown types live in the content script: <html> attributes do not change them; listeners run on a real change only', () => {
  const { doc } = block('x');
  doc.documentElement.setAttribute('data-aa-types', '');
  assert.equal(isTypeShown(doc, 'PERSON'), true);
  assert.equal(isTypeShown(doc, 'DATE'), false);
  let calls = 0;
  const off = onShownTypesChange(doc, () => calls++);
  setShownTypes(doc, ['PERSON', 'ORG', 'PLACE', 'MISC']); // the default again: no change
  setShownTypes(doc, ['DATE']);
  setShownTypes(doc, ['DATE']);
  assert.equal(calls, 1);
  assert.equal(isTypeShown(doc, 'DATE'), true);
  off();
  setShownTypes(doc, ['PERSON']);
  assert.equal(calls, 1);
});
