// The CLI's HTML reader: the extension's article finder on a parse5-built linkedom DOM.
// Checks the fixtures' articles, the DOM pieces added for the finder (TreeWalker, document
// order, selector answers, inline styles), and that hostile markup costs time linear in its size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlArticle } from '../scripts/lib/html-article.ts';
import { parseDocument, MAX_DEPTH } from '../scripts/lib/node-dom.ts';
import { growth } from '../scripts/lib/bench-speed.ts';

const FIXTURES = new URL('../e2e/fixtures/', import.meta.url).pathname;

test('the fixtures: the body is found as the extension finds it, headline first', () => {
  const cases: Array<[string, string, string]> = [
    [
      'archyde-xi-putin.html',
      'archyde:.entry-content',
      'Xi Jinping to meet Vladimir Putin in Samarkand on first trip abroad since pandemic\n\nLONDON/BEIJING (Archyde.com)',
    ],
    ['layout-itemprop.html', 'archyde:[itemprop="articleBody"]', 'António Guterres urges climate finance deal'],
    ['layout-generic-article.html', 'article', 'Angela Merkel warns European Union leaders'],
    ['layout-div-soup.html', 'density', 'Nvidia chief Jensen Huang says Apple talks'],
  ];
  for (const [name, method, start] of cases) {
    const a = htmlArticle(readFileSync(join(FIXTURES, name), 'utf8'));
    assert.equal(a.method, method, name);
    assert.ok(a.text.startsWith(start), `${name}: ${a.text.slice(0, 120)}`);
    assert.doesNotMatch(a.text, /<\/?[a-z]+[ >]/, `${name}: no markup`);
  }
});

test('excluded subtrees and inline-hidden elements are skipped; text after them is kept', () => {
  const html = `<html><head><title>T</title></head><body><article><h1>Angela Merkel visits Paris for talks</h1>
    <p>Angela Merkel arrived in Paris on Tuesday for two days of talks with the French government.</p>
    <aside><p>Related: Olaf Scholz in Rome</p></aside>
    <p style="color: red; display : none !important">Hidden: Boris Johnson</p>
    <p style="visibility:hidden">Invisible: Rishi Sunak</p>
    <div class="share-buttons">Share on X</div>
    <p>She later met <b>Emmanuel Macron</b> at the <a href="/e">Elysee Palace</a> for dinner and a press conference.</p>
    </article></body></html>`;
  const { text, method } = htmlArticle(html);
  assert.equal(method, 'article');
  assert.equal(
    text,
    'Angela Merkel visits Paris for talks\n\nAngela Merkel arrived in Paris on Tuesday for two days of talks with the French government.\n\n' +
      'She later met Emmanuel Macron at the Elysee Palace for dinner and a press conference.',
  );
});

test('the DOM for the finder: document order, TreeWalker steps and selector answers follow the standard', () => {
  const doc = parseDocument('<div id=a><p id=b>one<!--c--><i id=c>two</i></p><p id=d>three</p></div><h1 id=e>head</h1>');
  const $ = (id: string) => doc.getElementById(id)!;
  assert.equal($('a').compareDocumentPosition($('e')), Node.DOCUMENT_POSITION_FOLLOWING);
  assert.equal($('e').compareDocumentPosition($('c')), Node.DOCUMENT_POSITION_PRECEDING);
  assert.equal($('a').compareDocumentPosition($('c')), Node.DOCUMENT_POSITION_CONTAINED_BY | Node.DOCUMENT_POSITION_FOLLOWING);
  assert.equal($('c').compareDocumentPosition($('a')), Node.DOCUMENT_POSITION_CONTAINS | Node.DOCUMENT_POSITION_PRECEDING);

  const w = doc.createTreeWalker($('a'), NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const seen: string[] = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) seen.push(n.nodeType === 1 ? (n as Element).id : n.textContent!);
  assert.deepEqual(seen, ['b', 'one', 'c', 'two', 'd', 'three'], 'the comment is not shown');
  w.currentNode = $('b');
  assert.equal((w.nextSibling() as Element).id, 'd');
  w.currentNode = doc.getElementById('c')!.firstChild!;
  assert.equal((w.parentNode() as Element).id, 'c');
  assert.equal(w.nextSibling(), null, 'no sibling of the text: the walker stays');
  w.currentNode = $('d');
  assert.equal(w.nextSibling(), null, 'the root bounds the walk');

  // Element.querySelectorAll and matches() answer from one run per selector: same as walking.
  for (const el of [doc.documentElement, ...doc.documentElement.querySelectorAll('*')]) {
    const walked: Element[] = [];
    const tw = doc.createTreeWalker(el, NodeFilter.SHOW_ELEMENT);
    for (let n = tw.nextNode(); n; n = tw.nextNode()) walked.push(n as Element);
    assert.deepEqual(
      [...el.querySelectorAll('p, i, h1')].map((e) => e.id),
      walked.filter((e) => /^(p|i|h1)$/.test(e.localName)).map((e) => e.id),
      el.id,
    );
    assert.equal(el.matches('p, i'), /^(p|i)$/.test(el.localName));
  }
});

test('nesting deeper than the browsers allow is flattened, and no text is lost', () => {
  const n = MAX_DEPTH * 3;
  const doc = parseDocument(`<body>${'<div>w '.repeat(n)}`);
  let depth = 0;
  for (const el of doc.querySelectorAll('div')) {
    let d = 0;
    for (let e: Element | null = el; e; e = e.parentElement) d++;
    depth = Math.max(depth, d);
  }
  assert.ok(depth <= MAX_DEPTH, `depth ${depth}`);
  assert.equal(doc.body.textContent, 'w '.repeat(n));
});

// Hostile markup at n and 2n: a quadratic reader takes 4x as long on 2n, a linear one 2x. The
// guard is the ratio of CPU times (minimum of interleaved repeats, as test/linearity.test.ts does),
// never an absolute time. A ratio at or over 3 is measured again at the next doubling: a garbage
// collector's step or a compile raises one doubling, while a quadratic reader raises every one.
const HOSTILE: Record<string, (n: number) => string> = {
  '"<a" without ">" (was quadratic: 160 KB in 10.9 s)': (n) => '<a'.repeat(n * 20),
  'a run of "<"': (n) => '<'.repeat(n * 40),
  'unclosed nested <div>s with text': (n) => '<div>word '.repeat(n),
  'unclosed <div><p> pairs': (n) => '<div><p>word '.repeat(n),
  'unclosed inline <b>s': (n) => '<b>word '.repeat(n),
  'one element with many attributes': (n) => `<p ${Array.from({ length: n }, (_, i) => `a${i}="${i}"`).join(' ')}>text`,
  'misnested formatting': (n) => '<b><p>x</b>'.repeat(n),
  'an unterminated comment': (n) => `<p>text<!--${'-'.repeat(n * 20)}`,
};

for (const [name, make] of Object.entries(HOSTILE)) {
  test(`linear time: ${name}`, () => {
    let g = growth(htmlArticle, make, 10_000, 3, 20);
    for (let k = 1; k < 3 && g.ratio >= 3; k++) g = growth(htmlArticle, make, 10_000 << k, 5, 20);
    assert.ok(g.ratio < 3, `time grows faster than linear: ${g.msN.toFixed(1)} ms at n, ${g.ms2N.toFixed(1)} ms at 2n (ratio ${g.ratio.toFixed(2)})`);
  });
}
