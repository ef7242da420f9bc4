import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../analyze.ts';
import { fakeTagger } from './testing.ts';
import type { DocumentAnalysis } from '../types.ts';

function entities(a: DocumentAnalysis) {
  return a.entities.map((e) => [e.name, e.type, e.aliases, e.mentions.map((i) => a.mentions[i]!.text)]);
}

test('partial person names join the longer name; titles stay outside', () => {
  const text = 'President Ann Lee met Mr. Lee. Later Lee and Ann spoke; Lee’s plan won.';
  const a = createAnalyzer(
    fakeTagger([
      ['Ann Lee', 'PER'],
      ['Lee', 'PER'],
      ['Ann', 'PER'],
    ]),
  )(text);
  const lee = a.entities.find((e) => e.name === 'Ann Lee')!;
  assert.equal(lee.type, 'PERSON');
  assert.deepEqual(lee.aliases, ['Ann Lee', 'Lee', 'Ann']);
  assert.equal(lee.mentions.length, 5);
  assert.equal(lee.title, 'President');
  assert.deepEqual(lee.titledForms, ['President Ann Lee', 'Mr. Lee']);
});

test('an ambiguous surname with two full names is not merged', () => {
  const text = 'Ann Lee and Bo Lee arrived. Lee spoke.';
  const a = createAnalyzer(
    fakeTagger([
      ['Ann Lee', 'PER'],
      ['Bo Lee', 'PER'],
      ['Lee', 'PER'],
    ]),
  )(text);
  assert.equal(a.entities.filter((e) => e.type === 'PERSON').length, 3);
});

test('acronym defined in parentheses and by initials; country aliases via the gazetteer', () => {
  const text =
    'The North Atlantic Treaty Organization (NATO) met. NATO said the United States, the US and the U.S. agreed. Later, the World Health Organization and WHO.';
  const a = createAnalyzer(
    fakeTagger([
      ['North Atlantic Treaty Organization', 'ORG'],
      ['NATO', 'ORG'],
      ['United States', 'LOC'],
      ['US', 'LOC'],
      ['U.S.', 'LOC'],
      ['World Health Organization', 'ORG'],
      ['WHO', 'ORG'],
    ]),
  )(text);
  assert.deepEqual(
    entities(a).filter((e) => e[1] !== 'DATE'),
    [
      ['North Atlantic Treaty Organization', 'ORG', ['North Atlantic Treaty Organization', 'NATO'], ['North Atlantic Treaty Organization', 'NATO', 'NATO']],
      ['United States', 'PLACE', ['United States', 'US', 'U.S.'], ['United States', 'US', 'U.S.']],
      ['World Health Organization', 'ORG', ['World Health Organization', 'WHO'], ['World Health Organization', 'WHO']],
    ],
  );
});

test('one type per entity by weighted vote', () => {
  const text = 'Acme Corp grew. Acme Corp hired. Acme Corp sold.';
  let n = 0;
  const tagger = {
    tag: (t: string) =>
      fakeTagger([['Acme Corp', 'ORG']])
        .tag(t)
        .map((m) => ({ ...m, type: n++ === 1 ? ('PER' as const) : m.type })),
  };
  const a = createAnalyzer(tagger)(text);
  assert.equal(a.entities.length, 1);
  assert.equal(a.entities[0]!.type, 'ORG');
  assert.deepEqual(
    a.mentions.map((m) => m.type),
    ['ORG', 'ORG', 'ORG'],
  );
});

test('propagation: a known name missed by the tagger becomes a mention, only capitalised and outside mentions', () => {
  const text = 'Ann Lee spoke. Lee left. The lee side. Lee’s aide and Lee Group.';
  // The tagger finds the full name once and "Lee Group" as an ORG; other "Lee"s are missed.
  const tagger = {
    tag: (t: string) =>
      fakeTagger([
        ['Ann Lee', 'PER'],
        ['Lee Group', 'ORG'],
      ]).tag(t),
  };
  const a = createAnalyzer(tagger)(text);
  assert.deepEqual(
    a.mentions.map((m) => [m.text, m.type]),
    [
      ['Ann Lee', 'PERSON'],
      ['Lee', 'PERSON'],
      ['Lee', 'PERSON'],
      ['Lee Group', 'ORG'],
    ],
  );
});

test('propagation reaches parts of hyphen compounds', () => {
  const text = 'China and Russia met. The China-Russia summit.';
  const a = createAnalyzer(
    fakeTagger([
      ['China', 'LOC'],
      ['Russia', 'LOC'],
    ]),
  )(text);
  assert.deepEqual(
    a.mentions.map((m) => m.text),
    ['China', 'Russia', 'China', 'Russia'],
  );
});

test('a surname shared by two people is not propagated', () => {
  const text = 'Ann Lee and Bo Lee arrived. Lee spoke.';
  const a = createAnalyzer(
    fakeTagger([
      ['Ann Lee', 'PER'],
      ['Bo Lee', 'PER'],
    ]),
  )(text);
  assert.deepEqual(
    a.mentions.map((m) => m.text),
    ['Ann Lee', 'Bo Lee'],
  );
});
