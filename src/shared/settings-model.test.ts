import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, DEFAULT_SHOWN_TYPES, highlightsOn, migrate, siteKey } from './settings-model';

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
  assert.deepEqual(migrate({ shownTypes: ['DATE', 'ORG'] }).shownTypes, ['DATE', 'ORG'], "the reader's list is kept as it is");
});
