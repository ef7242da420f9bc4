import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';

// stale-markup.ts reads Node.TEXT_NODE, a browser global.
const dom = parseHTML('<!doctype html><html><body></body></html>');
(globalThis as unknown as { Node: unknown }).Node ??= dom.Node;
const { sweepStaleMarkup } = await import('./stale-markup.ts');

const MARK = 'data-archyde-annotator';
const ID = '0123456789abcdef0123456789abcdef';

function page(rootMark: string | null, body: string): Document {
  const attr = rootMark === null ? '' : ` ${MARK}="${rootMark}"`;
  return parseHTML(`<!doctype html><html${attr}><head></head><body>${body}</body></html>`).document as unknown as Document;
}

test("an earlier instance's leftovers (its id on <html> and on each element) are removed and the text merged back", () => {
  const doc = page(
    ID,
    `<p>Angela <archyde-entity data-aa-instance="${ID}" tabindex="0">Merkel</archyde-entity> met <archyde-entity data-aa-instance="${ID}">Macron</archyde-entity>.</p>` +
      `<archyde-annotator-card data-aa-ui="${ID}"></archyde-annotator-card>`,
  );
  assert.equal(sweepStaleMarkup(doc, MARK), 3);
  const p = doc.querySelector('p')!;
  assert.equal(p.innerHTML, 'Angela Merkel met Macron.');
  assert.equal(p.childNodes.length, 1);
  assert.equal(doc.querySelector('archyde-annotator-card'), null);
  assert.equal(doc.documentElement.hasAttribute(MARK), false);
});

test("the page's own <archyde-entity> and [data-aa-ui] elements stay, with or without an id on <html>", () => {
  const own =
    '<p>A <archyde-entity tabindex="0" data-aa-entity="e1">widget</archyde-entity> and ' +
    '<archyde-entity data-aa-instance="fedcba9876543210fedcba9876543210">another</archyde-entity>.</p>' +
    '<div data-aa-ui="">panel</div><div data-aa-ui="fedcba9876543210fedcba9876543210">panel 2</div>';
  for (const mark of [null, ID, 'forged', '']) {
    const doc = page(mark, own);
    const before = doc.body.innerHTML;
    assert.equal(sweepStaleMarkup(doc, MARK), 0, String(mark));
    assert.equal(doc.body.innerHTML, before, String(mark));
  }
});

test('an id on <html> that is not in the form the extension writes selects nothing', () => {
  const doc = page('x"], archyde-entity, [y="', '<p><archyde-entity>kept</archyde-entity></p><div data-aa-ui>kept</div>');
  assert.equal(sweepStaleMarkup(doc, MARK), 0);
  assert.equal(doc.querySelectorAll('archyde-entity, [data-aa-ui]').length, 2);
});
