// Document-level coreference of names: one cluster per real-world thing.
// Exact forms (case, dots and "the" folded), country aliases from the gazetteer
// ("US"/"U.S."/"United States"), acronyms with their expansion, and partial person names
// ("Xi"/"Xi Jinping") are merged; then each cluster gets one type by weighted vote.
import { uni } from '../text/uni.ts';
import type { Candidate } from './candidate.ts';
import type { EntityType } from '../types.ts';
import { foldName, type PlaceLexicon } from './lexicon.ts';
import { isAcronymOf, initials } from './rules.ts';
import { isAllCaps } from '../text/words.ts';

export interface Cluster {
  members: number[]; // indices into the candidate array, in text order
  type: EntityType;
}

class UnionFind {
  private readonly p: number[];
  constructor(n: number) {
    this.p = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.p[i] !== i) {
      this.p[i] = this.p[this.p[i]!]!;
      i = this.p[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.p[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const ACRONYM = uni(String.raw`^\p{Lu}(?:\.?\p{Lu}){1,7}\.?s?$`, 'u');
const isAcronym = (s: string) => ACRONYM.test(s);

export function clusterMentions(text: string, cands: readonly Candidate[], lex: PlaceLexicon): Cluster[] {
  const n = cands.length;
  const uf = new UnionFind(n);
  const surf = cands.map((c) => text.slice(c.start, c.end));
  // Everything below that depends only on a mention's form is computed once per distinct form.
  // keyed by (type, from the tagger or not) then the surface form: no key string per mention
  const infos = new Map<string, Map<string, FormInfo>>();
  const info: FormInfo[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = cands[i]!;
    const tk = c.source === 'tagger' ? c.type : `${c.type}|0`;
    let byForm = infos.get(tk);
    if (!byForm) infos.set(tk, (byForm = new Map()));
    let f = byForm.get(surf[i]!);
    if (!f) {
      f = formInfo(surf[i]!, c, lex);
      byForm.set(surf[i]!, f);
    }
    info[i] = f;
  }
  // 1. Same key: same folded form, or the same country.
  const byKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const first = byKey.get(info[i]!.key);
    if (first === undefined) byKey.set(info[i]!.key, i);
    else uf.union(first, i);
  }
  const reps = () => [...new Set(Array.from({ length: n }, (_, i) => uf.find(i)))];
  const prior = info.map((f) => f.prior);
  const vote = (root: number, members: Map<number, number[]>): EntityType => voteType(members.get(root) ?? [], cands, prior);

  // 2. Acronyms: defined in parentheses right after the name, or the initials of exactly one name.
  const byInitials = new Map<string, Set<number>>();
  for (let m = 0; m < n; m++) {
    const k = info[m]!.initials;
    if (!k) continue;
    const set = byInitials.get(k) ?? new Set<number>();
    set.add(uf.find(m));
    byInitials.set(k, set);
  }
  for (let i = 0; i < n; i++) {
    const c = cands[i]!;
    if (!info[i]!.acronym) continue;
    const prev = cands[i - 1];
    if (prev && prev.type !== 'DATE' && /^\s*\($/.test(text.slice(prev.end, c.start)) && isAcronymOf(surf[i]!, surf[i - 1]!)) {
      uf.union(i, i - 1);
      continue;
    }
    const matches = byInitials.get(surf[i]!.replace(/[.s]/g, ''));
    if (matches && matches.size === 1) uf.union(i, [...matches][0]!);
  }

  // 3. Partial person names: a one-word (or shorter) form that begins or ends exactly one longer person name.
  let groups = collect(uf, n);
  const longByWord = new Map<string, Set<number>>();
  const types = new Map<number, EntityType>();
  for (const r of reps()) types.set(r, vote(r, groups));
  for (const [r, ms] of groups) {
    if (types.get(r) !== 'PERSON') continue;
    for (const m of ms) {
      const ws = surf[m]!.split(/\s+/);
      if (ws.length < 2) continue;
      for (const w of [ws[0]!, ws[ws.length - 1]!, ws.slice(1).join(' '), ws.slice(0, -1).join(' ')]) {
        const k = foldName(w);
        if (!longByWord.has(k)) longByWord.set(k, new Set());
        longByWord.get(k)!.add(r);
      }
    }
  }
  for (const [r, ms] of groups) {
    const t = types.get(r);
    // Only names the tagger saw as a person at least once ("Xi" tagged PER here, ORG there).
    if (t === 'DATE' || t === 'PLACE' || (t !== 'PERSON' && (lex.isPlace(surf[r]!) || !ms.some((m) => cands[m]!.type === 'PERSON')))) continue;
    const forms = new Set(ms.map((m) => info[m]!.folded));
    const targets = new Set<number>();
    for (const f of forms) for (const x of longByWord.get(f) ?? []) if (x !== r) targets.add(uf.find(x));
    if (targets.size === 1) uf.union(r, [...targets][0]!);
  }

  groups = collect(uf, n);
  const out: Cluster[] = [];
  for (const [r, ms] of groups) out.push({ members: ms, type: vote(r, groups) });
  return out.sort((a, b) => a.members[0]! - b.members[0]!);
}

function collect(uf: UnionFind, n: number): Map<number, number[]> {
  const g = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const list = g.get(r);
    if (list) list.push(i);
    else g.set(r, [i]);
  }
  return g;
}

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC', 'DATE'];

interface FormInfo {
  key: string;
  folded: string;
  /** Gazetteer prior: countries lean PLACE, nationality words lean MISC. */
  prior: EntityType | null;
  /** Initials of a multi-word non-person name, for acronym matching. */
  initials: string | null;
  acronym: boolean;
}

function formInfo(form: string, c: Candidate, lex: PlaceLexicon): FormInfo {
  const folded = foldName(form);
  if (c.type === 'DATE') return { key: `d:${folded}`, folded, prior: null, initials: null, acronym: false };
  const iso = lex.country(form);
  // All-caps forms found by the tagger (tables, headlines) keep their own key and type
  // ("NEW YORK" the team and the city in one results table); dateline rules fold.
  const caps = c.source === 'tagger' && form.length > 3 && isAllCaps(form);
  const key = iso ? `c:${iso}` : caps ? `u:${c.type}:${form}` : `n:${folded}`;
  const init = c.type !== 'PERSON' && /\s/.test(form) ? initials(form) : '';
  return {
    key,
    folded,
    prior: iso ? 'PLACE' : lex.isDemonym(form) ? 'MISC' : null,
    initials: init.length >= 2 ? init : null,
    acronym: !iso && isAcronym(form),
  };
}

/** Weighted vote over the members' types (confidence-weighted; propagated mentions barely count). */
function voteType(ms: readonly number[], cands: readonly Candidate[], prior: ReadonlyArray<EntityType | null>): EntityType {
  const w = new Float64Array(5); // (a literal [0, 0, ...] turned double on every call: deopts)
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k]!;
    const c = cands[m]!;
    w[TYPES.indexOf(c.type)]! += c.source === 'propagated' ? 0.1 : Math.max(0.05, c.score);
    const p = prior[m];
    if (p) w[TYPES.indexOf(p)]! += 0.25;
  }
  let best: EntityType = cands[ms[0]!]!.type;
  let bw = -1;
  for (let t = 0; t < 5; t++)
    if (w[t]! > bw + 1e-9 && w[t]! > 0) {
      best = TYPES[t]!;
      bw = w[t]!;
    }
  return best;
}
