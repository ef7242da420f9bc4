// Country / city / demonym lookups over the generated snapshot in data.ts.
// Parsing is lazy (first call) so importing this module costs nothing at start-up.
import { COUNTRIES, CITIES } from './data.ts';

export interface Country {
  name: string;
  official: string;
  cca2: string;
  cca3: string;
  capital: string | null;
  capitals: string[];
  demonyms: string[];
  altNames: string[];
}

export interface City {
  name: string;
  /** ISO 3166-1 alpha-2 code of the city's country */
  country: string;
  capital: boolean;
}

// The only hand-typed names: common English short forms that world-countries lacks.
const EXTRA_ALIASES: Record<string, string> = { America: 'US', Britain: 'GB', Holland: 'NL' };

interface Index {
  countries: Country[];
  byName: Map<string, Country>; // lower-cased names, official names, alt names
  byCode: Map<string, Country>; // exact-case codes: "US", "USA", "UK"
  byDemonym: Map<string, Country>;
  cities: Map<string, City>; // lower-cased name -> most populous city of that name
}

let index: Index | null = null;

const norm = (s: string) => s.normalize('NFC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

function build(): Index {
  const countries: Country[] = [];
  const byName = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  for (const line of COUNTRIES.split('\n')) {
    const [cca2 = '', cca3 = '', name = '', official = '', caps = '', dems = '', alts = ''] = line.split('|');
    const split = (s: string) => (s ? s.split(';') : []);
    const c: Country = {
      name,
      official,
      cca2,
      cca3,
      capitals: split(caps),
      capital: split(caps)[0] ?? null,
      demonyms: split(dems),
      altNames: split(alts),
    };
    countries.push(c);
    byCode.set(cca2, c);
    byCode.set(cca3, c);
    for (const n of [name, official, ...c.altNames]) {
      // short all-caps alternatives ("US", "UK") are codes: exact case only, so "us" stays a pronoun
      if (/^[A-Z]{2,3}$/.test(n)) byCode.set(n, c);
      else if (!byName.has(norm(n))) byName.set(norm(n), c);
    }
    for (const d of c.demonyms) {
      byDemonym.set(norm(d), c);
      if (!/(ese|ish|ch|ss|s|x|z)$/.test(d)) byDemonym.set(norm(d + 's'), c); // "Russians"
    }
  }
  for (const [alias, code] of Object.entries(EXTRA_ALIASES)) {
    const c = byCode.get(code);
    if (c && !byName.has(norm(alias))) byName.set(norm(alias), c);
  }
  const cities = new Map<string, City>();
  for (const line of CITIES.split('\n')) {
    const [name = '', country = '', cap] = line.split('|');
    const k = norm(name);
    if (!cities.has(k)) cities.set(k, { name, country, capital: cap === 'C' });
  }
  return { countries, byName, byCode, byDemonym, cities };
}

function idx(): Index {
  return (index ??= build());
}

/** Strips a leading "the " and dots in initialisms: "the U.S." -> "US". */
function variants(raw: string): string[] {
  let s = raw.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  if (/^the /i.test(s)) s = s.slice(4);
  const out = [s];
  if (/^([A-Z]\.){2,3}$/.test(s)) out.push(s.replace(/\./g, ''));
  return out;
}

/** Country by common/official/alternative name or code: "Russia", "US", "the U.S.", "United States of America". */
export function countryByName(name: string): Country | null {
  const i = idx();
  for (const v of variants(name)) {
    const c = i.byCode.get(v) ?? i.byName.get(norm(v));
    if (c) return c;
  }
  return null;
}

/** Country by nationality adjective or plural: "Russian", "Russians", "Chinese". */
export function countryByDemonym(demonym: string): Country | null {
  return idx().byDemonym.get(norm(demonym)) ?? null;
}

export function isCountry(name: string): boolean {
  return countryByName(name) !== null;
}

/** City of >= 100k inhabitants, or a capital, by name (case-insensitive). */
export function cityByName(name: string): City | null {
  return idx().cities.get(norm(name)) ?? null;
}

export function isCity(name: string): boolean {
  return cityByName(name) !== null;
}

/** Capital city names are also returned by cityByName; this one answers "is it some country's capital". */
export function isCapital(name: string): boolean {
  return cityByName(name)?.capital === true;
}
