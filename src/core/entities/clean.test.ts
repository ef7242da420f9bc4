import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanCandidate } from './clean.ts';
import { countryLexicon } from './lexicon.ts';
import type { Candidate } from './candidate.ts';
import type { EntityType } from '../types.ts';

const lex = countryLexicon();
function clean(text: string, span: string, type: EntityType) {
  const start = text.indexOf(span);
  const c: Candidate = { start, end: start + span.length, type, score: 0.9, source: 'tagger' };
  return cleanCandidate(text, c, lex).map((x) => [text.slice(x.start, x.end), x.type]);
}

test('titles, honorifics, "the" and possessives stay outside spans', () => {
  assert.deepEqual(clean('Chinese President Xi Jinping met', 'President Xi Jinping', 'PERSON'), [['Xi Jinping', 'PERSON']]);
  assert.deepEqual(clean('shows Mr. Xi’s strong', 'Mr. Xi’s', 'PERSON'), [['Xi', 'PERSON']]);
  assert.deepEqual(clean('Mr Putin announced', 'Mr Putin', 'PERSON'), [['Putin', 'PERSON']]);
  assert.deepEqual(clean('Senior Lecturer Jane Roe said', 'Senior Lecturer Jane Roe', 'PERSON'), [['Jane Roe', 'PERSON']]);
  assert.deepEqual(clean('surpass the United States in', 'the United States', 'PLACE'), [['United States', 'PLACE']]);
  assert.deepEqual(clean('end of the Cold War, there', 'the Cold War,', 'MISC'), [['Cold War', 'MISC']]);
  assert.deepEqual(clean('in the U.S. today', 'U.S.', 'PLACE'), [['U.S.', 'PLACE']]);
});

test('hyphenated compounds are split', () => {
  assert.deepEqual(clean('The China-Russia summit', 'China-Russia', 'MISC'), [
    ['China', 'PLACE'],
    ['Russia', 'PLACE'],
  ]);
  assert.deepEqual(clean('his pro-Asian stance', 'pro-Asian', 'MISC'), [['Asian', 'MISC']]);
  assert.deepEqual(clean('needs anti-Western leadership', 'anti-Western', 'MISC'), [['Western', 'MISC']]);
  assert.deepEqual(clean('replace the US-led order', 'US-led', 'PLACE'), [['US', 'PLACE']]);
  assert.deepEqual(clean('the post-World War II order', 'post-World War II', 'MISC'), [['World War II', 'MISC']]);
  assert.deepEqual(clean('The Sino-Russian partnership', 'Sino-Russian', 'MISC'), [['Sino-Russian', 'MISC']]);
  assert.deepEqual(clean('Rolls-Royce said', 'Rolls-Royce', 'ORG'), [['Rolls-Royce', 'ORG']]);
  assert.deepEqual(clean('Guinea-Bissau voted', 'Guinea-Bissau', 'PLACE'), [['Guinea-Bissau', 'PLACE']]);
});

test('slashed datelines and "City, Country" places are split', () => {
  assert.deepEqual(clean('LONDON/BEIJING (X) –', 'LONDON/BEIJING', 'PLACE'), [
    ['LONDON', 'PLACE'],
    ['BEIJING', 'PLACE'],
  ]);
  assert.deepEqual(clean('summit in Samarkand, Uzbekistan, according', 'Samarkand, Uzbekistan', 'PLACE'), [
    ['Samarkand', 'PLACE'],
    ['Uzbekistan', 'PLACE'],
  ]);
});

test('a span that is only a title or only punctuation disappears', () => {
  assert.deepEqual(clean('said “ then', '“', 'MISC'), []);
});

test('"US-led post-World War II" inside one span gives two names', () => {
  assert.deepEqual(clean('replace the US-led post-World War II order', 'US-led post-World War II', 'MISC'), [
    ['US', 'PLACE'],
    ['World War II', 'MISC'],
  ]);
});

test('trailing lower-case words are cut, connectors inside names are kept', () => {
  assert.deepEqual(clean('The China-Russia summit would', 'China-Russia summit', 'PLACE'), [
    ['China', 'PLACE'],
    ['Russia', 'PLACE'],
  ]);
  assert.deepEqual(clean('at the Bank of England today', 'Bank of England', 'ORG'), [['Bank of England', 'ORG']]);
});

test('a multi-word span with an inner hyphenated name is kept whole', () => {
  assert.deepEqual(clean('said Jean-Pierre Dupont today', 'Jean-Pierre Dupont', 'PERSON'), [['Jean-Pierre Dupont', 'PERSON']]);
  assert.deepEqual(clean('the Guinea-Bissau Football Federation', 'Guinea-Bissau Football Federation', 'ORG'), [['Guinea-Bissau Football Federation', 'ORG']]);
});

test('a person span across a verb is split; name particles are kept', () => {
  assert.deepEqual(clean('clear that Mr. Xi supports Mr. Putin, there', 'Xi supports Mr. Putin', 'PERSON'), [
    ['Xi', 'PERSON'],
    ['Putin', 'PERSON'],
  ]);
  assert.deepEqual(clean('said Ursula von der Leyen today', 'Ursula von der Leyen', 'PERSON'), [['Ursula von der Leyen', 'PERSON']]);
});

test('"Washington, D.C." and hyphenated given names stay whole; a capital "The" can be kept', () => {
  assert.deepEqual(clean('in Washington, D.C., today', 'Washington, D.C.', 'PLACE'), [['Washington, D.C.', 'PLACE']]);
  assert.deepEqual(clean('said Kim Dae-jung today', 'Kim Dae-jung', 'PERSON'), [['Kim Dae-jung', 'PERSON']]);
  const text = 'members of The Greens voted';
  const start = text.indexOf('The Greens');
  const c: Candidate = { start, end: start + 10, type: 'ORG', score: 0.9, source: 'tagger' };
  assert.deepEqual(
    cleanCandidate(text, c, lex, true).map((x) => text.slice(x.start, x.end)),
    ['The Greens'],
  );
});

test('Arabic and Catalan name particles stay inside person names', () => {
  assert.deepEqual(clean('activist Loujain al-Hathloul said', 'Loujain al-Hathloul', 'PERSON'), [['Loujain al-Hathloul', 'PERSON']]);
  assert.deepEqual(clean('leader Jordi Sànchez i Picanyol said', 'Jordi Sànchez i Picanyol', 'PERSON'), [['Jordi Sànchez i Picanyol', 'PERSON']]);
});

test('company abbreviations keep their period', () => {
  assert.deepEqual(clean('shares of Barnett Banks Inc. rose', 'Barnett Banks Inc.', 'ORG'), [['Barnett Banks Inc.', 'ORG']]);
});

test('long gaps and odd spans clean the same way as short ones', () => {
  // Trailing lower-case words go even after a long gap; a connector at the end stays ("… of" + more).
  assert.deepEqual(clean(`Angela Merkel${' '.repeat(5000)}said`, `Angela Merkel${' '.repeat(5000)}said`, 'ORG'), [['Angela Merkel', 'ORG']]);
  assert.deepEqual(clean('the Bank of England and of', 'Bank of England and of', 'ORG'), [['Bank of England and of', 'ORG']]);
  assert.deepEqual(clean('summit talks ended', 'summit talks', 'ORG'), [['summit talks', 'ORG']]);
  // A closing bracket stays when the name opened it; one it did not open goes.
  assert.deepEqual(clean('Mladost (L)”,', 'Mladost (L)”,', 'ORG'), [['Mladost (L)', 'ORG']]);
  assert.deepEqual(clean('Mladost L)”,', 'Mladost L)”,', 'ORG'), [['Mladost L', 'ORG']]);
  // Titles before the name go, whatever the spacing.
  assert.deepEqual(clean(`President${' '.repeat(3000)}Xi Jinping`, `President${' '.repeat(3000)}Xi Jinping`, 'PERSON'), [['Xi Jinping', 'PERSON']]);
});
