// Country knowledge for the document pass (alias keys, demonyms, hyphen splits),
// parsed lazily from the generated world-countries index.
import { COUNTRY_INDEX_JSON } from './countries.data.ts';

export interface PlaceLexicon {
  /** ISO3 key when `name` is a country name, alt spelling or initialism ("U.S." -> "USA"). */
  country(name: string): string | null;
  /** True for nationality adjectives such as "Chinese" or "British". */
  isDemonym(word: string): boolean;
  /** True for a country or a capital city name. */
  isPlace(name: string): boolean;
}

/** Folding used for lookups: case, dots ("U.S."), curly apostrophes and spacing do not matter. */
export function foldName(s: string): string {
  return s.replace(/[’]/g, "'").replace(/\./g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

let cached: PlaceLexicon | null = null;

export function countryLexicon(): PlaceLexicon {
  if (cached) return cached;
  // Keys are stored folded already (see scripts/lib/gen-countries.ts). Plain objects from
  // JSON.parse, read with Object.hasOwn only, so "constructor" or "__proto__" are just misses.
  const index = JSON.parse(COUNTRY_INDEX_JSON) as { byName: Record<string, string>; demonyms: Record<string, 1>; capitals: Record<string, 1> };
  const { byName: names, demonyms: dems, capitals: caps } = index;
  const byName = { get: (k: string): string | undefined => (Object.hasOwn(names, k) ? names[k] : undefined) };
  const demonyms = { has: (k: string) => Object.hasOwn(dems, k) };
  const capitals = { has: (k: string) => Object.hasOwn(caps, k) };
  // Short initialisms (US, UK) only count when written in capitals, never "us".
  const memo = new Map<string, string | null>();
  const country = (name: string): string | null => {
    let r = memo.get(name);
    if (r !== undefined) return r;
    r = lookup(name);
    if (memo.size > 50_000) memo.clear(); // bounded on huge inputs
    memo.set(name, r);
    return r;
  };
  const lookup = (name: string): string | null => {
    const f = foldName(name);
    if (f.length <= 3 && name.replace(/\./g, '') !== name.replace(/\./g, '').toUpperCase()) return null;
    return byName.get(f) ?? (f.startsWith('the ') ? (byName.get(f.slice(4)) ?? null) : null);
  };
  cached = {
    country,
    isDemonym: (w) => demonyms.has(w.length < 30 && /^[A-Za-z]+$/.test(w) ? w.toLowerCase() : foldName(w)),
    isPlace: (n) => country(n) !== null || capitals.has(foldName(n)),
  };
  return cached;
}
