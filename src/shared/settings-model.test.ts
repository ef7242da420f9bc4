import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, DEFAULT_SHOWN_TYPES, HOVER_DELAY_BOUNDS, SETTINGS_VERSION, highlightsOn, migrate, siteKey, validColor } from './settings-model';

test('siteKey treats www and bare host as one site', () => {
  assert.equal(siteKey('www.archyde.com'), 'archyde.com');
  assert.equal(siteKey('Archyde.com'), 'archyde.com');
});

test('migrate returns defaults for garbage of any kind', () => {
  for (const garbage of [undefined, null, 'nope', '', 42, true, [], [{ sites: {} }], () => 1]) {
    assert.deepEqual(migrate(garbage), DEFAULT_SETTINGS, String(garbage));
  }
  assert.notEqual(migrate(null), DEFAULT_SETTINGS, 'a fresh copy, so callers may change it');
});

test('migrate keeps the valid parts and defaults each wrong-typed field', () => {
  const m = migrate({
    version: 2,
    sites: { 'archyde.com': { highlights: false }, bad: { highlights: 'x' }, worse: null },
    shownTypes: ['PERSON', 'EVIL', 3, 'PERSON'],
    hoverDelayMs: '500',
  });
  assert.deepEqual(m, {
    version: SETTINGS_VERSION,
    sites: { 'archyde.com': { highlights: false } },
    shownTypes: ['PERSON'],
    hoverDelayMs: HOVER_DELAY_BOUNDS.default,
    typeColors: {},
  });
  assert.deepEqual(migrate({ version: 2, sites: ['x'], shownTypes: 'PERSON', hoverDelayMs: Number.NaN }), DEFAULT_SETTINGS);
  assert.deepEqual(migrate({ version: 3, sites: ['x'], shownTypes: 'PERSON', hoverDelayMs: Number.NaN, typeColors: 'red' }), DEFAULT_SETTINGS);
  assert.deepEqual(migrate({ version: -1 }), DEFAULT_SETTINGS, 'a negative version counts as unversioned');
  assert.deepEqual(migrate({ version: 'two' }), DEFAULT_SETTINGS, 'a version that is not a number counts as unversioned');
});

test('v0 (unversioned, legacy) climbs every step to the current version', () => {
  const m = migrate({ sites: { 'archyde.com': { highlights: false } }, shownTypes: ['ORG'] });
  assert.deepEqual(m, { version: SETTINGS_VERSION, sites: { 'archyde.com': { highlights: false } }, shownTypes: ['ORG'], hoverDelayMs: 300, typeColors: {} });
  assert.deepEqual(migrate({}), DEFAULT_SETTINGS);
});

test('v1 gains the default hover delay and no colours, and keeps the rest', () => {
  const v1 = { version: 1, sites: { 'x.org': { highlights: true } }, shownTypes: ['DATE'] };
  assert.deepEqual(migrate(v1), {
    version: SETTINGS_VERSION,
    sites: { 'x.org': { highlights: true } },
    shownTypes: ['DATE'],
    hoverDelayMs: 300,
    typeColors: {},
  });
  assert.deepEqual(v1, { version: 1, sites: { 'x.org': { highlights: true } }, shownTypes: ['DATE'] }, 'the stored record is not changed in place');
});

test('v2 keeps its hover delay, bounded to 100–2000 ms', () => {
  assert.equal(migrate({ version: 2, hoverDelayMs: 750 }).hoverDelayMs, 750);
  assert.equal(migrate({ version: 2, hoverDelayMs: 5 }).hoverDelayMs, HOVER_DELAY_BOUNDS.min);
  assert.equal(migrate({ version: 2, hoverDelayMs: 1e9 }).hoverDelayMs, HOVER_DELAY_BOUNDS.max);
  assert.equal(migrate({ version: 2, hoverDelayMs: Number.POSITIVE_INFINITY }).hoverDelayMs, HOVER_DELAY_BOUNDS.default);
});

test('v2 gains no colours (the default palette) and keeps everything else', () => {
  const v2 = { version: 2, sites: { 'a.com': { highlights: false } }, shownTypes: ['ORG', 'DATE'], hoverDelayMs: 800 };
  assert.deepEqual(migrate(v2), { version: 3, sites: { 'a.com': { highlights: false } }, shownTypes: ['ORG', 'DATE'], hoverDelayMs: 800, typeColors: {} });
  // A v2 record cannot have colours: a stray field of that name is dropped by the step, not trusted.
  assert.deepEqual(migrate({ version: 2, typeColors: { PERSON: '#ff0000' } }).typeColors, {});
});

test('v3 keeps each valid colour, lower-cased, and drops the rest', () => {
  const m = migrate({
    version: 3,
    typeColors: { PERSON: '#AA0011', ORG: 'red', PLACE: '#12345', MISC: 42, DATE: '#00ff00', EVIL: '#000000' },
  });
  assert.deepEqual(m.typeColors, { PERSON: '#aa0011', DATE: '#00ff00' });
  for (const garbage of [null, 'x', [], ['#000000'], 7]) assert.deepEqual(migrate({ version: 3, typeColors: garbage }).typeColors, {}, String(garbage));
  const inherited = Object.create({ PERSON: '#000000' }) as object;
  assert.deepEqual(migrate({ version: 3, typeColors: inherited }).typeColors, {}, 'only own fields count');
});

test('validColor takes #rrggbb only', () => {
  assert.equal(validColor('#0072B2'), '#0072b2');
  for (const bad of ['#fff', '0072b2', '#0072b2 ', 'rgb(0,0,0)', 'url(x)', '#0072b2;x:y', null, 3]) assert.equal(validColor(bad), null, String(bad));
});

test('a record from an unknown future version keeps the fields this version knows', () => {
  const future = {
    version: 99,
    sites: { 'a.com': { highlights: false } },
    shownTypes: ['PLACE'],
    hoverDelayMs: 900,
    typeColors: { ORG: '#112233' },
    newThing: { x: 1 },
  };
  assert.deepEqual(migrate(future), {
    version: SETTINGS_VERSION,
    sites: { 'a.com': { highlights: false } },
    shownTypes: ['PLACE'],
    hoverDelayMs: 900,
    typeColors: { ORG: '#112233' },
  });
});

test('migrating is idempotent', () => {
  const once = migrate({ sites: { 'a.com': { highlights: false } }, shownTypes: ['MISC'] });
  assert.deepEqual(migrate(once), once);
  const colored = migrate({ version: 3, typeColors: { PLACE: '#ABCDEF' } });
  assert.deepEqual(migrate(colored), colored);
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
