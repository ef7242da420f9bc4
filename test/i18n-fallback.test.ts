// Outside an extension (here: Node, like the card's test page) t() reads the stand-in for
// i18n.getMessage, which fills the English catalogue's placeholders as the browser does, so the
// card's words are the same there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { t } from '../src/shared/i18n.ts';
import { installI18nStub } from '../e2e/harness/i18n-stub.ts';

const CATALOGUE = JSON.parse(readFileSync('src/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
installI18nStub(CATALOGUE);

test('a message without placeholders is the catalogue text', () => {
  assert.equal(t('cardFirstMention'), CATALOGUE['cardFirstMention']!.message);
});

test('named placeholders are filled from the substitutions, in their $1, $2 order', () => {
  assert.equal(t('popupVersion', '1.2.0'), '(version 1.2.0)');
  assert.equal(t('popupRevealed', 2, 7), 'Mention 2 of 7 shown in the page');
  // A substitution is text: a "$1" inside it is not filled again.
  assert.equal(t('cardAlsoAs', 'Xi, $1'), 'Also in this article as: Xi, $1');
});

test('an unknown key shows as itself', () => {
  assert.equal(t('noSuchKey'), 'noSuchKey');
});
