import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from './analyze.ts';
import { fakeTagger } from './entities/testing.ts';
import type { DocumentAnalysis } from './types.ts';

const tagger = fakeTagger([
  ['Xi Jinping', 'PER'],
  ['Xi', 'PER'],
  ['Putin', 'PER'],
  ['China', 'LOC'],
  ['Moscow', 'LOC'],
  ['Gazprom', 'ORG'],
]);
const analyze = createAnalyzer(tagger);

function consistent(text: string, a: DocumentAnalysis): void {
  for (const m of a.mentions) {
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
    assert.equal(m.text, text.slice(m.start, m.end));
  }
  for (let i = 1; i < a.mentions.length; i++) assert.ok(a.mentions[i - 1]!.end <= a.mentions[i]!.start);
  const ids = new Set(a.entities.map((e) => e.id));
  for (const m of a.mentions) assert.ok(ids.has(m.entity));
  for (const e of a.entities) for (const i of e.mentions) assert.equal(a.mentions[i]!.entity, e.id);
}

test('empty and whitespace input', () => {
  assert.deepEqual(analyze(''), { mentions: [], entities: [] });
  assert.deepEqual(analyze('   \n\t '), { mentions: [], entities: [] });
});

test('any Unicode: CJK, RTL, emoji, combining marks keep UTF-16 offsets', () => {
  const text = '🇨🇳🎉 習近平 Xi Jinping مرحبا met Putin in Moscow. Caf\u0065\u0301 déjà vu 👍🏽 China\u200d.';
  const a = analyze(text);
  consistent(text, a);
  assert.deepEqual(
    a.mentions.filter((m) => m.type !== 'DATE').map((m) => m.text),
    ['Xi Jinping', 'Putin', 'Moscow', 'China'],
  );
});

test('all-caps text and text without capitals never throw', () => {
  const caps = 'MOSCOW (REUTERS) - PUTIN SAID ON MONDAY THAT CHINA AND RUSSIA WOULD TALK. “WE WILL TALK ABOUT IT A LOT,” HE SAID.';
  consistent(caps, analyze(caps));
  const lower = 'putin said on monday that china and russia would talk. “we will talk about it a lot,” he said.';
  consistent(lower, analyze(lower));
});

test('a tagger that throws or returns garbage offsets does not break the pass', () => {
  const bad = createAnalyzer({
    tag: () => {
      throw new Error('boom');
    },
  });
  assert.doesNotThrow(() => bad('Mr. Smith went to Washington on October 16.'));
  const junk = createAnalyzer({
    tag: () => [
      { start: -5, end: 3, type: 'PER', score: 1 },
      { start: 5, end: 1e9, type: 'ORG', score: 1 },
      { start: 4, end: 4, type: 'LOC', score: 1 },
    ],
  });
  consistent('hello world', junk('hello world'));
});

test('10 MB input in linear time', () => {
  const para =
    'Chinese President Xi Jinping met Putin in Moscow on October 16, 2019. “We are friends for a long time,” Putin said. Gazprom and China agreed (CNPC) “deal';
  const text = para.repeat(Math.ceil(10_000_000 / para.length));
  const t0 = Date.now();
  const a = analyze(text);
  const ms = Date.now() - t0;
  assert.ok(a.mentions.length > 100_000);
  assert.ok(ms < 60_000, `took ${ms} ms`);
});

test('entity fields: title, first sentence, quotes, co-mentions', () => {
  const text = 'Chinese President Xi Jinping will meet Putin in Moscow. Gazprom agreed.\nXi said, “We will build a lot of pipelines together,” in China.';
  const a = analyze(text);
  const xi = a.entities.find((e) => e.name === 'Xi Jinping')!;
  assert.equal(xi.title, 'Chinese President');
  assert.deepEqual(xi.aliases, ['Xi Jinping', 'Xi']);
  assert.equal(xi.firstSentence, 'Chinese President Xi Jinping will meet Putin in Moscow.');
  assert.equal(xi.quotes.length, 1);
  assert.equal(xi.quotes[0]!.text, 'We will build a lot of pipelines together,');
  const putin = a.entities.find((e) => e.name === 'Putin')!;
  assert.equal(xi.coMentioned[0], putin.id);
});

test('a capitalised "The" is part of a name mid-sentence, not at a sentence start', () => {
  const a = createAnalyzer(
    fakeTagger([
      ['The Hague', 'LOC'],
      ['The Netherlands', 'LOC'],
    ]),
  )('The Netherlands hosts courts in The Hague.');
  assert.deepEqual(
    a.mentions.map((m) => m.text),
    ['Netherlands', 'The Hague'],
  );
});

test('a lone surname that is also a title word survives; a title left after cleaning does not', () => {
  const a = createAnalyzer(
    fakeTagger([
      ['King', 'PER'],
      ['Senior Lecturer', 'PER'],
      ['Mr', 'PER'],
    ]),
  )('King scored twice. Senior Lecturer at a school. Mr said.');
  assert.deepEqual(
    a.mentions.map((m) => m.text),
    ['King'],
  );
});

test('an organisation named right before a title is part of it', () => {
  const text = 'European Commission President Ursula von der Leyen spoke. Later von der Leyen left.';
  const a = createAnalyzer(
    fakeTagger([
      ['European Commission', 'ORG'],
      ['Ursula von der Leyen', 'PER'],
    ]),
  )(text);
  assert.equal(a.entities.find((e) => e.name === 'Ursula von der Leyen')?.title, 'European Commission President');
});

test('a tagger returning non-arrays or odd objects never makes analyze throw', () => {
  const odd = createAnalyzer({ tag: () => null as unknown as [] });
  assert.deepEqual(
    odd('Some Text here.').mentions.filter((m) => m.type !== 'DATE'),
    [],
  );
  const nan = createAnalyzer({
    tag: () => [
      { start: NaN, end: NaN, type: 'PER', score: NaN },
      { start: 0, end: 4, type: 'XYZ' as 'PER', score: Infinity },
    ],
  });
  assert.doesNotThrow(() => nan('Some Text here.'));
  const lone = '\ud800 Xi \udfff Jinping \u0301';
  assert.doesNotThrow(() => analyze(lone));
});
