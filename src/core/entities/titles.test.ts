import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appositiveAfter, titleBefore } from './titles.ts';
import { countryLexicon } from './lexicon.ts';

const lex = countryLexicon();
const before = (text: string, name: string) => titleBefore(text, text.indexOf(name), lex);
const after = (text: string, name: string) => appositiveAfter(text, text.indexOf(name) + name.length);

test('titles written before a name', () => {
  const t = 'LONDON (X) – Chinese President Xi Jinping will meet';
  assert.deepEqual(before(t, 'Xi Jinping'), { title: 'Chinese President', titledStart: t.indexOf('President'), honorificOnly: false });
  assert.equal(before('shows Mr. Xi’s confidence', 'Xi')?.title, 'Mr.');
  assert.equal(before('shows Mr. Xi’s confidence', 'Xi')?.honorificOnly, true);
  assert.equal(before('then Mr Putin said', 'Putin')?.title, 'Mr');
  assert.equal(before('said former Prime Minister Jane Roe', 'Jane Roe')?.title, 'former Prime Minister');
  assert.equal(before('Chinese officials met John Doe', 'John Doe'), null);
  assert.equal(before('The president. Xi said', 'Xi'), null);
});

test('appositive roles after a name', () => {
  assert.equal(after('George Magnus, author of Red Flags, a book regarding Xi, said', 'George Magnus'), 'author of Red Flags');
  assert.equal(
    after(
      'Alexander Korolev, Senior Lecturer (Politics and International Relations) at the University of New South Wales in Sydney, said of',
      'Alexander Korolev',
    ),
    'Senior Lecturer (Politics and International Relations) at the University of New South Wales',
  );
  assert.equal(
    after('Steve Tsang, a professor at the Institute of China Studies at the Institute of Oriental and African Studies in London, said', 'Steve Tsang'),
    'a professor at the Institute of China Studies at the Institute of Oriental and African Studies',
  );
  assert.equal(after('Biden, 79, said', 'Biden'), null);
  assert.equal(after('Putin, Xi and Modi met.', 'Putin'), null);
  assert.equal(after('Putin said.', 'Putin'), null);
});

test('hyphenated and lower-case roles before a name', () => {
  assert.equal(before('GENEVA – United Nations Secretary-General António Guterres opened', 'António Guterres')?.title, 'Secretary-General');
  assert.equal(before('Nvidia chief executive Jensen Huang said', 'Jensen Huang')?.title, 'chief executive');
  assert.equal(before('Former German Chancellor Angela Merkel returned', 'Angela Merkel')?.title, 'Former German Chancellor');
  assert.equal(before('met the mr Smith', 'Smith'), null);
});

test('a role ending in a run of capitals is read in one pass (the place pattern cannot split the run every way)', () => {
  const text = `Steve Tsang, a man in ${'A'.repeat(200)}!, said`;
  assert.equal(after(text, 'Steve Tsang'), `a man in ${'A'.repeat(200)}!`);
  assert.equal(after('Jane Roe, a professor at the University in New South Wales, said', 'Jane Roe'), 'a professor at the University');
});
