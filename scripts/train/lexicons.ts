// Builds the two lookup tables stored in the model: gazetteer token sequences -> category bits,
// and a capitalisation prior (how often a word is capitalised mid-sentence in the training text).
import { createRequire } from 'node:module';
import { buildTable, type HashTable } from '../../src/core/ner/hashtable.ts';
import { GAZ_MAXLEN, GAZ_SEED, tokenKey } from '../../src/core/ner/features.ts';
import { mix } from '../../src/core/ner/hash.ts';
import { tokenize } from '../../src/core/ner/tokenize.ts';
import { countryRecords, cityRecords, regionNames, demonymPlural } from './gazetteer-lists.ts';
import type { GoldSentence } from './data.ts';

const GAZ_COUNTRY = 1,
  GAZ_CITY = 2,
  GAZ_CAPITAL = 4,
  GAZ_DEMONYM = 8,
  GAZ_REGION = 16,
  GAZ_BIGCITY = 32;
const GAZ_NAME = 64,
  GAZ_ORG = 128;
const CITY_MIN_POP = 15_000;

// Given names, surnames and organisations from the lexicon of the `compromise` package (MIT).
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
function compromiseLexicon(): Record<string, string | string[]> {
  const nlp = createRequire(import.meta.url)('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  return nlp.model().one.lexicon;
}

function seqKey(name: string): number | null {
  const toks = tokenize(name);
  if (toks.length === 0 || toks.length > GAZ_MAXLEN) return null;
  let h = GAZ_SEED;
  for (const t of toks) h = mix(h, tokenKey(name, t.start, t.end));
  return h;
}

export function buildGazetteerTable(withNames = true): { table: HashTable; counts: Record<string, number> } {
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
  if (withNames) {
    for (const [word, tags] of Object.entries(compromiseLexicon())) {
      const t = Array.isArray(tags) ? tags : [tags];
      if (t.some((x) => NAME_TAGS.has(x))) add(word, GAZ_NAME, 'name');
      if (t.some((x) => ORG_TAGS.has(x))) add(word, GAZ_ORG, 'org');
    }
  }
  for (const c of cityRecords(CITY_MIN_POP)) {
    add(c.name, GAZ_CITY, 'city');
    if (c.population >= 1_000_000) add(c.name, GAZ_BIGCITY, 'bigcity');
  }
  return { table: buildTable(m), counts };
}

// Coarse word classes from the compromise lexicon, stored next to the capitalisation prior.
// (first match wins: honorifics such as "mr", "dr", "gen" are also tagged Abbreviation/Person)
const WORD_CLASSES: [number, string[]][] = [
  [8, ['Honorific']],
  [1, ['Gerund', 'PastTense', 'PresentTense', 'Infinitive', 'PhrasalVerb', 'Participle', 'Verb', 'Modal', 'Copula', 'Auxiliary']],
  [2, ['Adjective', 'Comparative', 'Superlative']],
  [3, ['Singular', 'Plural', 'Uncountable', 'Noun', 'Actor', 'Unit', 'Currency']],
  [4, ['Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb', 'QuestionWord', 'Expression', 'Negative']],
  [5, ['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']],
  [6, ['Organization', 'SportsTeam']],
  [7, ['City', 'Country', 'Place', 'Region', 'Demonym']],
];

function wordClasses(): Map<number, number> {
  const m = new Map<number, number>();
  for (const [word, tags] of Object.entries(compromiseLexicon())) {
    if (tokenize(word).length !== 1) continue;
    const t = Array.isArray(tags) ? tags : [tags];
    const cls = WORD_CLASSES.find(([, names]) => t.some((x) => names.includes(x)));
    if (cls) m.set(tokenKey(word, 0, word.length), cls[0]);
  }
  return m;
}

/**
 * Value = capitalisation bucket (1..4 = capitalised in <5%, <50%, <95%, >=95% of mid-sentence uses
 * in mixed-case training sentences, 0 = rare word) | word class (1..8) << 3.
 */
export function buildCapsTable(sents: GoldSentence[], minCount = 3, withClasses = true): HashTable {
  const cap = new Map<number, number>(),
    tot = new Map<number, number>();
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
  if (withClasses) for (const [k, c] of wordClasses()) m.set(k, (m.get(k) ?? 0) | (c << 3));
  return buildTable(m);
}
