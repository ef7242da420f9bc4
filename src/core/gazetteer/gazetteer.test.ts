import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryByName, countryByDemonym, isCity, isCountry, isCapital, cityByName } from './index.ts';

test('country names, codes and "the" forms', () => {
  for (const n of ['United States', 'the US', 'US', 'U.S.', 'the United States', 'USA', 'United States of America']) {
    assert.equal(countryByName(n)?.cca2, 'US', n);
  }
  assert.equal(countryByName('Russia')?.capital, 'Moscow');
  assert.equal(countryByName('UK')?.cca2, 'GB');
  assert.equal(countryByName('us'), null); // the pronoun is not a country
  assert.ok(isCountry('Kazakhstan'));
  assert.ok(!isCountry('Samarkand'));
});

test('demonyms and plurals', () => {
  assert.equal(countryByDemonym('Russian')?.name, 'Russia');
  assert.equal(countryByDemonym('Russians')?.name, 'Russia');
  assert.equal(countryByDemonym('Chinese')?.name, 'China');
  assert.equal(countryByDemonym('table'), null);
});

test('cities', () => {
  assert.ok(isCity('Samarkand'));
  assert.ok(isCity('sydney'));
  assert.ok(isCapital('Beijing'));
  assert.equal(cityByName('Paris')?.country, 'FR');
  assert.ok(!isCity('Xyzzyville'));
});
