// The card's own words come from the message catalogue (src/ui/card/wording.ts), filled as the
// browser fills them (here by the stand-in for i18n.getMessage, as on the card's test page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { installI18nStub } from '../e2e/harness/i18n-stub.ts';
import { announcement, dialogLabel, mentionCountText, mentionPositionText, moreText, typeLabel } from '../src/ui/card/wording.ts';
import { ENTITY_TYPES } from '../src/core/types.ts';

installI18nStub(JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')));

test('type labels are readable words, for every type', () => {
  assert.equal(typeLabel('PERSON'), 'Person');
  assert.equal(typeLabel('ORG'), 'Organisation');
  assert.equal(typeLabel('MISC'), 'Other');
  for (const type of ENTITY_TYPES) assert.match(typeLabel(type), /^[A-Z][a-z]+$/, type);
  assert.equal(dialogLabel({ name: 'Xi Jinping', type: 'PERSON' }), 'Xi Jinping, Person');
});

test('counts, positions and the quotes button', () => {
  assert.equal(mentionCountText(1), 'Mentioned once');
  assert.equal(mentionCountText(20), 'Mentioned 20 times');
  assert.equal(mentionPositionText(1, 7), 'Mention 2 of 7');
  assert.equal(moreText(2), '+2 more');
});

test('announcement names the entity, type, title and the keys', () => {
  const a = announcement({ name: 'Xi Jinping', type: 'PERSON', title: 'Chinese President' }, 20);
  assert.equal(a, 'Xi Jinping, person, Chinese President. Mentioned 20 times. Press Tab to enter the card, Escape to close it.');
  assert.equal(
    announcement({ name: 'China', type: 'PLACE', title: null }, 1),
    'China, place. Mentioned once. Press Tab to enter the card, Escape to close it.',
  );
  assert.equal(
    announcement({ name: 'China', type: 'PLACE', title: '  ' }, 1),
    'China, place. Mentioned once. Press Tab to enter the card, Escape to close it.',
  );
  // A name from the page is text: a "$1" in it is not filled again.
  assert.equal(dialogLabel({ name: 'A $1 B', type: 'ORG' }), 'A $1 B, Organisation');
});
