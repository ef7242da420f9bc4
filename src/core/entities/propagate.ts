// Label propagation: once a name is known in the document, every other capitalised
// occurrence of exactly that form that the tagger missed becomes a mention of the same
// entity. One pass over the words with a first-word index, so linear in the text.
import { isWordCode, nextWord } from '../text/uni.ts';
import type { Candidate } from './candidate.ts';
import type { Cluster } from './cluster.ts';
import { isTitleWord } from './titles.ts';
import type { PlaceLexicon } from './lexicon.ts';
import { isCapitalised } from '../text/words.ts';

const STOP = new Set('The A An I It He She We They This That These Those In On At Of For And But Or As If By To'.split(' '));

/** Squashed tagger confidence (margin of about 20 model units) a cluster needs to propagate. */
const MIN_SCORE = 0.33;

/**
 * Forms tried at each occurrence of a first word: bounds the work per word (a list of thousands
 * of "Angela <surname>" would otherwise be tried in full at every "Angela"). News text has a few.
 */
const MAX_FORMS_PER_WORD = 32;

export interface Propagated {
  cand: Candidate;
  cluster: number;
}

export function propagate(text: string, cands: readonly Candidate[], clusters: readonly Cluster[], lex: PlaceLexicon): Propagated[] {
  // Forms by their first word, longest first.
  const forms = new Map<string, Array<{ form: string; cluster: number }>>();
  clusters.forEach((cl, ci) => {
    // Spreading a doubtful name spreads its error: only sure clusters propagate.
    if (cl.type === 'DATE' || !cl.members.some((m) => cands[m]!.score >= MIN_SCORE)) return;
    const seenForms = new Set<string>();
    for (const m of cl.members) {
      const c = cands[m]!;
      const full = text.slice(c.start, c.end);
      if (seenForms.has(full)) continue;
      seenForms.add(full);
      // A person's surname alone ("Lee" after "Ann Lee") refers to them too, unless it names a place.
      const last = cl.type === 'PERSON' ? /\s(\S+)$/.exec(full)?.[1] : undefined;
      for (const form of last && !lex.isPlace(last) ? [full, last] : [full]) {
        const first = /^[^\s]+/.exec(form)?.[0] ?? '';
        if (form.length < 2 || !isCapitalised(form) || STOP.has(form) || isTitleWord(form)) continue;
        const list = forms.get(first) ?? [];
        const seen = list.find((f) => f.form === form);
        if (!seen) {
          if (list.length < MAX_FORMS_PER_WORD) list.push({ form, cluster: ci });
        } else if (seen.cluster !== ci) seen.cluster = -1; // two entities share it: ambiguous
        forms.set(first, list);
      }
    }
  });
  for (const list of forms.values()) list.sort((a, b) => b.form.length - a.form.length);

  // Covered characters, to skip occurrences inside existing mentions (one byte per UTF-16 unit).
  const covered = new Uint8Array(text.length + 1);
  for (const c of cands) covered.fill(1, c.start, c.end);
  const out: Propagated[] = [];
  let taken = -1;
  for (const w of candidatesWords(text, forms, covered)) {
    if (w.start < taken) continue;
    const list = forms.get(w.text);
    if (!list) continue;
    for (const f of list) {
      if (f.cluster < 0) continue;
      const end = w.start + f.form.length;
      if (text.slice(w.start, end) !== f.form || isWordChar(text.charCodeAt(end))) continue;
      if (covered.subarray(w.start, end).includes(1)) continue; // would overlap a mention
      out.push({ cand: { start: w.start, end, type: clusters[f.cluster]!.type, score: 0.3, source: 'propagated' }, cluster: f.cluster });
      taken = end;
      break;
    }
  }
  return out;
}

/**
 * Words that start a known form, in text order. Hyphenated words also offer their parts
 * ("China-Russia" -> "China", "Russia"); a possessive is cut ("Lee’s" -> "Lee").
 * Allocates only for hits, so the scan over a large text stays cheap.
 */
function* candidatesWords(text: string, forms: ReadonlyMap<string, unknown>, covered: Uint8Array): Generator<{ start: number; end: number; text: string }> {
  if (forms.size <= 256) {
    yield* byIndexOf(text, forms, covered);
    return;
  }
  const pos = [0];
  for (let e = nextWord(text, 0, pos); e >= 0; e = nextWord(text, e, pos)) {
    const start = pos[0]!;
    if (covered[start] === 1) continue;
    let w = text.slice(start, e);
    if (w.length > 2 && (w.endsWith("'s") || w.endsWith('’s'))) w = w.slice(0, -2);
    if (forms.has(w)) yield { start, end: start + w.length, text: w };
    else if (w.includes('-')) {
      let at = start;
      for (const p of w.split('-')) {
        if (p && forms.has(p)) yield { start: at, end: at + p.length, text: p };
        at += p.length + 1;
      }
    }
  }
}

/** Letter, mark or digit (per UTF-16 unit, as before); NaN (past the end) is not. */
function isWordChar(code: number): boolean {
  return !(code >= 0xd800 && code <= 0xdfff) && isWordCode(code); // a lone surrogate is no letter
}

/**
 * Same hits as the word scan, found with native indexOf per distinct first word: much faster
 * when a document has few names (at most 256 scans of the text, so still linear).
 */
function byIndexOf(text: string, forms: ReadonlyMap<string, unknown>, covered: Uint8Array): Array<{ start: number; end: number; text: string }> {
  const hits: Array<{ start: number; end: number; text: string }> = [];
  const at = (i: number) => text.charCodeAt(i);
  for (const key of forms.keys()) {
    if (!key) continue;
    for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
      if (covered[i] === 1) continue;
      const prev = at(i - 1);
      // 46 . 39 ' 8217 ’ 38 &: inside "U.S", "O'Brien", "AT&T"
      if (isWordChar(prev) || ((prev === 46 || prev === 39 || prev === 8217 || prev === 38) && isWordChar(at(i - 2)))) continue;
      const end = i + key.length;
      const next = at(end);
      if (isWordChar(next)) continue;
      const after = at(end + 1);
      if ((next === 46 || next === 38) && isWordChar(after)) continue;
      if ((next === 39 || next === 8217) && isWordChar(after) && !(after === 115 && !isWordChar(at(end + 2)))) continue;
      hits.push({ start: i, end, text: key });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
