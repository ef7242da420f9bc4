import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { onTypeColorsChange, setTypeColors } from './type-colors.ts';
import { applyAttrs, wrapBlock, type WrapPiece } from './highlighter.ts';
import { COLOR_VARS, typeStyle } from '../../ui/colors.ts';

function block(html: string): { doc: Document; p: Element } {
  const { document } = parseHTML(`<!doctype html><html><body><p>${html}</p></body></html>`);
  const doc = document as unknown as Document;
  return { doc, p: doc.querySelector('p')! };
}

const piece = (node: number, length: number, type: 'PERSON' | 'ORG' | 'DATE'): WrapPiece => ({
  node,
  start: 0,
  end: length,
  key: node,
  attrs: { entityId: `e${node}`, type, mentionIndex: node, tabStop: true },
});

const props = (el: HTMLElement) => Object.values(COLOR_VARS).map((name) => el.style.getPropertyValue(name));

test("new mentions of a type with the reader's colour carry it; other types and unpainted mentions carry nothing", () => {
  const { doc, p } = block('<b>Angela Merkel</b> of the <i>CDU</i> on <u>Monday</u>.');
  setTypeColors(doc, { PERSON: '#aa0011', DATE: '#00aa00' });
  const nodes = ['b', 'i', 'u'].map((t) => p.querySelector(t)!.firstChild as Text);
  const record = wrapBlock(nodes, [piece(0, 13, 'PERSON'), piece(1, 3, 'ORG'), piece(2, 6, 'DATE')], true, p.textContent!, 'sig');
  const [merkel, cdu, monday] = record.wrappers as HTMLElement[];
  const s = typeStyle('PERSON', '#aa0011');
  assert.deepEqual(props(merkel!), [s.color, s.colorDark, s.tint, s.tintDark]);
  assert.equal(cdu!.getAttribute('style'), null, 'a type with the default palette gets no style at all');
  assert.equal(monday!.getAttribute('style'), null, 'dates are not shown by default, so not painted');
});

test('a colour change repaints through applyAttrs, and back to the defaults leaves no style attribute', () => {
  const { doc, p } = block('<b>Angela Merkel</b>.');
  const record = wrapBlock([p.querySelector('b')!.firstChild as Text], [piece(0, 13, 'PERSON')], true, p.textContent!, 'sig');
  const el = record.wrappers[0]!;
  const a = piece(0, 13, 'PERSON').attrs;
  assert.equal(el.getAttribute('style'), null);
  setTypeColors(doc, { PERSON: '#123456' });
  applyAttrs(el, a, true);
  assert.equal(el.style.getPropertyValue(COLOR_VARS.color), '#123456');
  applyAttrs(el, a, false); // hidden highlights are not painted
  assert.equal(el.getAttribute('style'), null);
  applyAttrs(el, a, true);
  setTypeColors(doc, {});
  applyAttrs(el, a, true);
  assert.equal(el.getAttribute('style'), null);
});

test('listeners run only when a colour really changed', () => {
  const { doc } = block('x');
  let calls = 0;
  const off = onTypeColorsChange(doc, () => calls++);
  setTypeColors(doc, { ORG: '#111111' });
  setTypeColors(doc, { ORG: '#111111' });
  assert.equal(calls, 1);
  setTypeColors(doc, { ORG: '#111111', PLACE: '#222222' });
  setTypeColors(doc, {});
  assert.equal(calls, 3);
  off();
  setTypeColors(doc, { ORG: '#333333' });
  assert.equal(calls, 3);
});
