import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { anchor, AnchorText, APPROX_MAX } from './anchor.ts';
import { describeSelection } from './describe.ts';
import { fold } from './fold.ts';

const ARTICLE = readFileSync(new URL('../../../../e2e/fixtures/seed/archyde-xi-putin.txt', import.meta.url), 'utf8');

function select(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  assert.ok(at >= 0, `fixture lacks ${quote}`);
  return describeSelection(text, at, at + quote.length)!;
}

function anchoredText(text: string, r: ReturnType<typeof anchor>): string | null {
  return r.status === 'anchored' ? text.slice(r.start, r.end) : null;
}

test('describe: 32 characters of context each side, whitespace trimmed, offsets checked', () => {
  const text = 'aaaa '.repeat(10) + '  Xi Jinping ' + 'bbbb '.repeat(10);
  const at = text.indexOf('  Xi');
  const [q, p] = describeSelection(text, at, at + 13)!;
  assert.equal(q.exact, 'Xi Jinping');
  assert.equal(q.prefix.length, 32);
  assert.equal(q.suffix.length, 32);
  assert.equal(text.slice(p.start, p.end), 'Xi Jinping');
  assert.equal(describeSelection(text, 0, 0), null);
  assert.equal(describeSelection('a   b', 1, 4), null);
  assert.throws(() => describeSelection(text, -1, 3), RangeError);
  assert.throws(() => describeSelection(text, 3, text.length + 1), RangeError);
  // never cuts a surrogate pair, in the quote or the context
  const emoji = '😀'.repeat(20) + 'x' + '😀'.repeat(20);
  const [q2] = describeSelection(emoji, 41, 42)!;
  assert.equal(q2.exact, '😀');
  assert.ok(!/^[\udc00-\udfff]/.test(q2.prefix) && !/[\ud800-\udbff]$/.test(q2.suffix));
});

test('position: an unchanged text anchors at the stored offsets', () => {
  const sel = select(ARTICLE, 'Shanghai Cooperation Organization');
  const r = anchor(ARTICLE, sel);
  assert.equal(r.status, 'anchored');
  assert.equal(r.status === 'anchored' && r.method, 'position');
  assert.equal(anchoredText(ARTICLE, r), 'Shanghai Cooperation Organization');
  assert.equal(r.status === 'anchored' && r.start, sel[1].start);
});

test('position is not trusted when a different occurrence of a short quote has moved under it', () => {
  const text = 'Xi met Putin in Samarkand on Thursday afternoon.\n\nLater that week Xi flew home to Beijing for the party congress.';
  const sel = select(text, 'Xi', 1); // the second "Xi"
  // A new first paragraph exactly as long as the old offset brings the first "Xi" onto it.
  const filler = 'Breaking: the summit ended early. '.repeat(10).slice(0, sel[1].start - 2);
  const shifted = `${filler}\n\n${text}`;
  assert.equal(shifted.slice(sel[1].start, sel[1].end), 'Xi');
  assert.ok(shifted.startsWith('Xi met', sel[1].start));
  const r = anchor(shifted, sel);
  assert.equal(r.status === 'anchored' && r.method, 'quote');
  assert.equal(r.status === 'anchored' && shifted.slice(r.start, r.start + 20), 'Xi flew home to Beij');
});

test('quote: text inserted before the note moves it; the quote is found with its context', () => {
  const sel = select(ARTICLE, 'Kazakhstan on the 14th');
  const edited = 'BREAKING: an extra paragraph now opens the article.\n\n' + ARTICLE;
  const r = anchor(edited, sel);
  assert.equal(r.status === 'anchored' && r.method, 'quote');
  assert.equal(anchoredText(edited, r), 'Kazakhstan on the 14th');
  assert.equal(r.status === 'anchored' && r.start, sel[1].start + 53);
});

test('quote: of several occurrences, the one whose context agrees wins, not the nearest', () => {
  const sel = select(ARTICLE, 'Putin', 2);
  const original = sel[1].start;
  // move the paragraph holding it to the end of the article
  const paras = ARTICLE.split('\n');
  const i = paras.findIndex((p, k) => paras.slice(0, k).join('\n').length + 1 + p.length > original);
  const moved = [...paras.slice(0, i), ...paras.slice(i + 1), paras[i]!].join('\n');
  const r = anchor(moved, sel);
  assert.equal(r.status, 'anchored');
  assert.equal(r.status === 'anchored' && moved.slice(r.start - 10, r.end + 10), ARTICLE.slice(original - 10, original + 15));
});

test('quote: typographic quotes, dashes and whitespace changed still match exactly, in raw offsets', () => {
  const text = 'He said: “We will talk about it a lot” – and left.\nThe meeting was in   Samarkand.';
  const sel = select(text, 'We will talk about it a lot” – and left');
  const edited = 'He said:  "We will talk about   it a lot" - and\u00a0left.\n\nThe meeting was in Samarkand.';
  const r = anchor(edited, sel);
  assert.equal(r.status === 'anchored' && r.method, 'quote');
  assert.equal(anchoredText(edited, r), 'We will talk about   it a lot" - and\u00a0left');
});

test('quote: a paragraph moved elsewhere keeps its notes, even one at the start of the paragraph', () => {
  const text =
    'Headline about the summit\n\nFirst paragraph talks about trade and energy deals.\n\nXi arrived on Wednesday with a large delegation.\n\nThe last paragraph mentions Xi once more, briefly.';
  const sel = select(text, 'Xi'); // first word of the third block
  const blocks = text.split('\n\n');
  const reordered = [blocks[0], blocks[3], blocks[2], blocks[1]].join('\n\n');
  const r = anchor(reordered, sel);
  assert.equal(r.status, 'anchored');
  assert.equal(r.status === 'anchored' && reordered.slice(r.start, r.start + 15), 'Xi arrived on W');
});

test('detached: a short quote whose passage is gone is not moved to another occurrence', () => {
  const text = 'Xi met Putin in Samarkand on Thursday afternoon.\n\nLater that week Xi flew home to Beijing for the party congress.';
  const sel = select(text, 'Xi', 1);
  const edited = 'Xi met Putin in Samarkand on Thursday afternoon.\n\nThe rest of the story has been removed by the editors.';
  const r = anchor(edited, sel);
  assert.deepEqual(r, { status: 'detached' });
});

test('approximate: a word inserted inside the quote re-attaches to the edited passage', () => {
  const sel = select(ARTICLE, 'his first foreign trip since the coronavirus outbreak');
  const edited = ARTICLE.replace('his first foreign trip since', 'his first official foreign trip since');
  const r = anchor(edited, sel);
  assert.equal(r.status === 'anchored' && r.method, 'approximate');
  // approx-string-match alone starts this match late (the fewest edits drop "his first " with the
  // inserted word); the context moves the start back, so the note covers the whole edited passage
  assert.equal(anchoredText(edited, r), 'his first official foreign trip since the coronavirus outbreak');
});

test('approximate: words inserted into a short quote give the whole edited passage or nothing, never a piece', () => {
  const text = 'Critics argue that the president was wrong and he should be impeached by the House and removed from office.';
  for (const [quote, edit] of [
    ['he should be', 'he should in a statement be'],
    ['he should be impeached', 'he should, they say, be impeached'],
    ['removed from office', 'removed quickly from office'],
  ] as const) {
    const sel = select(text, quote);
    const edited = text.replace(quote, edit);
    const r = anchor(edited, sel);
    assert.ok(r.status === 'detached' || anchoredText(edited, r) === edit, `${quote}: ${JSON.stringify(r)}`);
  }
  // and with a longer quote the edited passage is found
  const long = 'the president was wrong and he should be impeached by the House';
  const r = anchor(text.replace(long, 'the president was wrong and he should, they say, be impeached by the House'), select(text, long));
  assert.equal(r.status === 'anchored' && r.method, 'approximate');
});

test('approximate: a rewritten passage with nothing left in common is detached, not moved', () => {
  const sel = select(ARTICLE, 'first time since the pandemic ahead of the party convention');
  const start = sel[1].start;
  const edited =
    ARTICLE.slice(0, start - 200) +
    'Completely different words stand here now, about the weather in Lisbon and a football match.' +
    ARTICLE.slice(sel[1].end + 200);
  assert.deepEqual(anchor(edited, sel), { status: 'detached' });
});

test(`approximate: a quote longer than ${APPROX_MAX} characters edited in its middle is placed by head and tail`, () => {
  const quote = 'The move, which comes just a month before the Communist Party Congress, which will decide';
  assert.ok(quote.length > APPROX_MAX);
  const sel = select(ARTICLE, quote);
  const edited = ARTICLE.replace('just a month before', 'only four weeks ahead of');
  const r = anchor(edited, sel);
  assert.equal(r.status === 'anchored' && r.method, 'approximate');
  assert.equal(anchoredText(edited, r), 'The move, which comes only four weeks ahead of the Communist Party Congress, which will decide');
  // and a long quote whose passage is gone is detached
  const gone = ARTICLE.slice(0, sel[1].start - 40) + ARTICLE.slice(sel[1].end + 40);
  assert.deepEqual(anchor(gone, sel), { status: 'detached' });
});

test('an empty text, a stale position past the end and a quote of one character do not break', () => {
  const sel = select(ARTICLE, 'Samarkand');
  assert.deepEqual(anchor('', sel), { status: 'detached' });
  assert.deepEqual(anchor('short text', sel), { status: 'detached' });
  const one = select('a b c d e f g h i j k l m n o p q r s t u v w x y z', 'm');
  const r = anchor('a b c d e f g h i j k l m n o p q r s t u v w x y z', one);
  assert.equal(r.status === 'anchored' && r.method, 'position');
});

test('one AnchorText serves many notes, and folding maps offsets both ways', () => {
  const t = new AnchorText(ARTICLE);
  for (const q of ['Xi Jinping', 'Samarkand', 'Moscow']) assert.equal(anchoredText(ARTICLE, anchor(t, select(ARTICLE, q))), q);
  const f = fold('a \u00a0 b\u200bc\n\n d’');
  assert.equal(f.text, "a bc\nd'");
  assert.equal(f.toRaw[2], 4); // "b"
  assert.equal(f.toFolded[4], 2);
  assert.equal(f.toRaw[f.text.length], 12);
});

test('bounded work: a 1 MB text and a 10,000-character quote that is not there end with detached', () => {
  const big = ARTICLE.repeat(Math.ceil(1_000_000 / ARTICLE.length));
  const quote = 'zq'.repeat(5000);
  const sel = describeSelection('x' + quote + 'y', 1, 1 + quote.length)!;
  assert.deepEqual(anchor(big, sel), { status: 'detached' });
});
