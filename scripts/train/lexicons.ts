// Builds the two lookup tables stored in the model: gazetteer token sequences -> category bits,
// and a capitalisation prior (how often a word is capitalised mid-sentence in the training text).
import { buildTable, type HashTable } from '../../src/core/ner/hashtable.ts';
import { GAZ_MAXLEN, GAZ_SEED, tokenKey } from '../../src/core/ner/features.ts';
import { mix } from '../../src/core/ner/hash.ts';
import { tokenize } from '../../src/core/ner/tokenize.ts';
import { countryRecords, cityRecords, regionNames, demonymPlural } from './gazetteer-lists.ts';
import type { GoldSentence } from './data.ts';

export const GAZ_COUNTRY = 1, GAZ_CITY = 2, GAZ_CAPITAL = 4, GAZ_DEMONYM = 8, GAZ_REGION = 16, GAZ_BIGCITY = 32;
export const CITY_MIN_POP = 15_000;

function seqKey(name: string): number | null {
  const toks = tokenize(name);
  if (toks.length === 0 || toks.length > GAZ_MAXLEN) return null;
  let h = GAZ_SEED;
  for (const t of toks) h = mix(h, tokenKey(name, t.start, t.end));
  return h;
}

export function buildGazetteerTable(): { table: HashTable; counts: Record<string, number> } {
  const m = new Map<number, number>();
  const counts: Record<string, number> = {};
  const add = (name: string, bit: number, label: string) => {
    // two-letter codes ("US", "IT") would fire on ordinary words once lower-cased: leave them to the word features
    if (name.length < 3) return;
    const k = seqKey(name);
    if (k === null) return;
    m.set(k, (m.get(k) ?? 0) | bit);
    counts[label] = (counts[label] ?? 0) + 1;
  };
  for (const c of countryRecords()) {
    for (const n of [c.name, c.official, ...c.altNames]) if (!/^[A-Z]{2,3}$/.test(n)) add(n, GAZ_COUNTRY, 'country');
    for (const cap of c.capital) add(cap, GAZ_CAPITAL, 'capital');
    for (const d of c.demonyms) {
      add(d, GAZ_DEMONYM, 'demonym');
      const p = demonymPlural(d);
      if (p) add(p, GAZ_DEMONYM, 'demonym');
    }
  }
  for (const r of regionNames()) add(r, GAZ_REGION, 'region');
  for (const c of cityRecords(CITY_MIN_POP)) {
    add(c.name, GAZ_CITY, 'city');
    if (c.population >= 1_000_000) add(c.name, GAZ_BIGCITY, 'bigcity');
  }
  return { table: buildTable(m), counts };
}

/** Bucket 1..4 = capitalised in <5%, <50%, <95%, >=95% of mid-sentence uses (mixed-case sentences only). */
export function buildCapsTable(sents: GoldSentence[], minCount = 3): HashTable {
  const cap = new Map<number, number>(), tot = new Map<number, number>();
  for (const s of sents) {
    const text = s.words.join(' ');
    if (!/[a-z]/.test(text)) continue; // headline in capitals: says nothing about case
    let o = 0;
    s.words.forEach((w, i) => {
      const start = o;
      o += w.length + 1;
      if (i === 0 || !/^\p{L}/u.test(w)) return;
      const k = tokenKey(text, start, start + w.length);
      tot.set(k, (tot.get(k) ?? 0) + 1);
      if (/^\p{Lu}/u.test(w)) cap.set(k, (cap.get(k) ?? 0) + 1);
    });
  }
  const m = new Map<number, number>();
  for (const [k, n] of tot) {
    if (n < minCount) continue;
    const r = (cap.get(k) ?? 0) / n;
    m.set(k, r < 0.05 ? 1 : r < 0.5 ? 2 : r < 0.95 ? 3 : 4);
  }
  return buildTable(m);
}
