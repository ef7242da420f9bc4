import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acronymDefinitions, isAcronymOf, ruleMentions } from './rules.ts';
import { countryLexicon } from './lexicon.ts';
import { dateMentions } from './dates.ts';

const lex = countryLexicon();
const show = (text: string) => ruleMentions(text, lex).map((m) => [text.slice(m.start, m.end), m.type]);

test('all-caps dateline with a source in parentheses', () => {
  assert.deepEqual(show('LONDON/BEIJING (Archyde.com) – Chinese officials met.').slice(0, 3), [
    ['LONDON', 'PLACE'],
    ['BEIJING', 'PLACE'],
    ['Archyde.com', 'ORG'],
  ]);
  assert.deepEqual(show('WASHINGTON (Reuters) - The talks'), [
    ['WASHINGTON', 'PLACE'],
    ['Reuters', 'ORG'],
  ]);
  // A capitalised headline with a dash is not a dateline.
  assert.deepEqual(show('CRICKET - LEICESTERSHIRE TAKE OVER'), []);
});

test('websites, "the West", names inside hyphen compounds', () => {
  assert.deepEqual(show('read it on Example.com today'), [['Example.com', 'ORG']]);
  assert.deepEqual(show('relations with the West are weak'), [['West', 'PLACE']]);
  assert.deepEqual(show('the West Bank'), []);
  assert.deepEqual(show('his pro-Asian and anti-Western stance, a US-led order, in mid-March'), [
    ['Asian', 'MISC'],
    ['Western', 'MISC'],
    ['US', 'PLACE'],
  ]);
});

test('acronyms', () => {
  assert.ok(isAcronymOf('SCO', 'Shanghai Cooperation Organization'));
  assert.ok(isAcronymOf('NATO', 'North Atlantic Treaty Organization'));
  assert.ok(!isAcronymOf('UN', 'European Union'));
  const text = 'the Shanghai Cooperation Organization (SCO) summit';
  const s = text.indexOf('Shanghai');
  const defs = acronymDefinitions(text, [{ start: s, end: s + 33, type: 'ORG', score: 0.9, source: 'tagger' }]);
  assert.deepEqual(
    defs.map((d) => text.slice(d.start, d.end)),
    ['SCO'],
  );
});

test('acronym definitions: the "(" pre-check agrees with the pattern (spacing, other followers)', () => {
  const name = 'Shanghai Cooperation Organisation';
  const cases: Array<[string, string[]]> = [
    [' (SCO) met', ['SCO']],
    ['\u00a0\n (SCO)', ['SCO']],
    ['(SCO)', ['SCO']],
    ['’s (SCO)', []],
    [', (SCO)', []],
    ['               (SCO)', []],
    ['', []],
    [' “(SCO)”', []],
    [' (Sco)', []],
  ];
  for (const [after, want] of cases) {
    const text = name + after;
    const defs = acronymDefinitions(text, [{ start: 0, end: name.length, type: 'ORG', score: 0.9, source: 'tagger' }]);
    assert.deepEqual(
      defs.map((d) => text.slice(d.start, d.end)),
      want,
      JSON.stringify(after),
    );
  }
});

test('dates: explicit and a few relative ones, precise', () => {
  const text = 'On February 4, 2019 and October 16, in 1991, this week, last week, the next decade and January; May I? in 2013.';
  assert.deepEqual(
    dateMentions(text).map((d) => text.slice(d.start, d.end)),
    ['February 4, 2019', 'October 16', '1991', 'this week', 'last week', 'the next decade', 'January', '2013'],
  );
  assert.deepEqual(
    dateMentions('cost $2013 or 2013km or 1,991 people').map((d) => d.start),
    [],
  );
});

test('dates: coordinated months, "on the 14th", "for years"', () => {
  const text = 'between January and July this year; on the 14th; For years and for centuries; in May this year.';
  assert.deepEqual(
    dateMentions(text).map((d) => text.slice(d.start, d.end)),
    ['January and July this year', 'the 14th', 'years', 'centuries', 'May this year'],
  );
});
