import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityKey, foldEntityName, parseEntityKey } from './entity-key.ts';
import { createAnalyzer } from '../analyze.ts';
import { fakeTagger } from '../entities/testing.ts';

test('"Xi", "Mr. Xi" and "Xi Jinping" in one article are one entity with one key', () => {
  const analyze = createAnalyzer(
    fakeTagger([
      ['Xi Jinping', 'PER'],
      ['Xi', 'PER'],
      ['Putin', 'PER'],
      ['Moscow', 'LOC'],
    ]),
  );
  const text = 'Chinese President Xi Jinping arrived in Moscow on Monday. Mr. Xi met Putin. Xi said the talks went well.';
  const a = analyze(text);
  const xiMentions = a.mentions.filter((m) => m.text.startsWith('Xi'));
  assert.equal(xiMentions.length, 3);
  const keys = new Set(xiMentions.map((m) => entityKey(a.entities.find((e) => e.id === m.entity)!)));
  assert.deepEqual([...keys], ['PERSON:xi jinping']);
});

test('the same entity on two articles gets the same key, whatever forms each used', () => {
  const analyze = createAnalyzer(
    fakeTagger([
      ['Xi Jinping', 'PER'],
      ['Xi', 'PER'],
      ['Beijing', 'LOC'],
    ]),
  );
  const one = analyze('President Xi Jinping spoke in Beijing. Xi smiled.');
  const two = analyze('Xi visited Beijing. Later, XI JINPING\u2019s aides said Xi Jinping was tired.');
  const key = (a: ReturnType<typeof analyze>) => entityKey(a.entities.find((e) => e.type === 'PERSON')!);
  assert.equal(key(one), 'PERSON:xi jinping');
  assert.equal(key(two), key(one));
});

test('type is part of the key: Georgia the country and a person named Georgia do not collide', () => {
  const country = createAnalyzer(fakeTagger([['Georgia', 'LOC']]))('Troops crossed into Georgia on Monday.');
  const person = createAnalyzer(fakeTagger([['Georgia', 'PER']]))('Georgia said she would run again.');
  const k1 = entityKey(country.entities[0]!);
  const k2 = entityKey(person.entities[0]!);
  assert.equal(k1, 'PLACE:georgia');
  assert.equal(k2, 'PERSON:georgia');
  assert.notEqual(k1, k2);
});

test('folding: case, diacritics, punctuation, whitespace, titles, possessive, "the"', () => {
  const same = (a: string, b: string) => assert.equal(foldEntityName(a), foldEntityName(b), `${a} vs ${b}`);
  same('Recep Tayyip Erdoğan', 'recep tayyip erdogan');
  same('Emmanuel  Macron', 'emmanuel\u00a0macron');
  same('U.S.', 'US');
  same('Mr. Xi Jinping', 'Xi Jinping');
  same('President Xi Jinping', 'Xi Jinping');
  same('Prime Minister Narendra Modi', 'Narendra Modi');
  same('Putin’s', 'Putin');
  same('The European Union', 'European Union');
  same('ＵＮＩＣＥＦ', 'UNICEF'); // full-width forms (NFKD)
  same('Jean-Luc Mélenchon', 'jean luc melenchon');
  assert.equal(foldEntityName('O’Brien'), 'obrien');
  // a title alone is a name, not nothing
  assert.equal(foldEntityName('President'), 'president');
  assert.equal(foldEntityName('The Times'), 'times');
});

test('different names stay different', () => {
  assert.notEqual(entityKey({ name: 'Xi Jinping', type: 'PERSON' }), entityKey({ name: 'Xi Mingze', type: 'PERSON' }));
  assert.notEqual(entityKey({ name: 'Vladimir Putin', type: 'PERSON' }), entityKey({ name: 'Putin', type: 'PERSON' }));
});

test('an empty or punctuation-only name has no key; keys parse back', () => {
  assert.equal(entityKey({ name: ' ... ', type: 'ORG' }), null);
  assert.deepEqual(parseEntityKey('PERSON:xi jinping'), { type: 'PERSON', name: 'xi jinping' });
  assert.equal(parseEntityKey('person:xi'), null);
  assert.equal(parseEntityKey('PERSON:'), null);
});

test('folding copes with a long name full of marks, spaces and titles', () => {
  const long = 'é '.repeat(50_000) + 'Mr. ' + 'x'.repeat(10_000);
  assert.ok(foldEntityName(long).length > 0);
});
