import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { onPageToneChange, pageTone, resetPageTone, setPageTone } from './page-tone.ts';
import { applyAttrs, wrapBlock, type WrapPiece } from './highlighter.ts';

function block(html: string): { doc: Document; p: Element } {
  const { document } = parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`);
  const doc = document as unknown as Document;
  return { doc, p: doc.querySelector('p')! };
}

/** A piece covering the whole of the only text node passed (the DOM used here cannot split text nodes). */
const piece = (mention: number, length: number): WrapPiece => ({
  node: 0,
  start: 0,
  end: length,
  key: mention,
  attrs: { entityId: `e${mention}`, type: 'PERSON', mentionIndex: mention, tabStop: mention === 0 },
});

test('the tone is per document, light until measured; listeners run on a real change only', () => {
  const { doc } = block('x');
  const other = block('y').doc;
  assert.equal(pageTone(doc), 'light');
  let calls = 0;
  const off = onPageToneChange(doc, () => calls++);
  setPageTone(doc, 'light');
  setPageTone(doc, 'dark');
  setPageTone(doc, 'dark');
  assert.equal(calls, 1);
  assert.equal(pageTone(other), 'light');
  off();
  setPageTone(doc, 'light');
  assert.equal(calls, 1);
  setPageTone(doc, 'dark');
  resetPageTone(doc);
  assert.equal(pageTone(doc), 'light');
});

test('mentions carry data-aa-tone="dark" exactly while the tone is dark, whether new or re-applied', () => {
  const { doc, p } = block('<b>Angela Merkel</b> met <i>Olaf Scholz</i>.');
  const nodes = [p.querySelector('b')!.firstChild as Text, p.querySelector('i')!.firstChild as Text];
  const light = wrapBlock([nodes[0]!], [piece(0, 13)], true, p.textContent!, 'a').wrappers[0]!;
  assert.equal(light.hasAttribute('data-aa-tone'), false);
  setPageTone(doc, 'dark');
  // A new mention (cloned from a per-document template) takes the tone too.
  const dark = wrapBlock([nodes[1]!], [piece(1, 11)], true, p.textContent!, 'b').wrappers[0]!;
  assert.equal(dark.getAttribute('data-aa-tone'), 'dark');
  applyAttrs(light, piece(0, 13).attrs, true);
  assert.equal(light.getAttribute('data-aa-tone'), 'dark');
  setPageTone(doc, 'light');
  applyAttrs(dark, piece(1, 11).attrs, true);
  assert.equal(dark.hasAttribute('data-aa-tone'), false);
  resetPageTone(doc);
});
