import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, DEFAULT_SHOWN_TYPES, formatShownTypes, highlightsOn, migrate, shownTypesTest, siteKey } from './settings-model';

test('siteKey treats www and bare host as one site', () => {
  assert.equal(siteKey('www.archyde.com'), 'archyde.com');
  assert.equal(siteKey('Archyde.com'), 'archyde.com');
});

test('migrate returns defaults for garbage and keeps valid parts', () => {
  assert.deepEqual(migrate(undefined), DEFAULT_SETTINGS);
  assert.deepEqual(migrate('nope'), DEFAULT_SETTINGS);
  const m = migrate({ sites: { 'archyde.com': { highlights: false }, bad: { highlights: 'x' } }, shownTypes: ['PERSON', 'EVIL'] });
  assert.deepEqual(m.sites, { 'archyde.com': { highlights: false } });
  assert.deepEqual(m.shownTypes, ['PERSON']);
  assert.equal(m.version, 1);
});

test('highlights default to on and follow the per-site switch', () => {
  const s = migrate({ sites: { 'archyde.com': { highlights: false } } });
  assert.equal(highlightsOn(DEFAULT_SETTINGS, 'www.archyde.com'), true);
  assert.equal(highlightsOn(s, 'www.archyde.com'), false);
});

test('shown types: all but dates by default, else exactly the listed ones', () => {
  assert.deepEqual(DEFAULT_SETTINGS.shownTypes, [...DEFAULT_SHOWN_TYPES]);
  assert.ok(!DEFAULT_SHOWN_TYPES.includes('DATE') && DEFAULT_SHOWN_TYPES.includes('PERSON'));
  const byDefault = shownTypesTest(null);
  assert.equal(byDefault('DATE'), false);
  assert.equal(byDefault('PLACE'), true);
  const listed = shownTypesTest(formatShownTypes(['DATE', 'ORG']));
  assert.deepEqual(['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE'].map((t) => listed(t as 'ORG')), [false, true, false, false, true]);
  assert.equal(shownTypesTest('')('PERSON'), false, 'an empty list shows nothing');
  assert.equal(shownTypesTest('  PERSON   MISC ')('MISC'), true);
});
