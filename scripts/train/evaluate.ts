// conlleval-style exact-span evaluation of a Tagger on gold-tokenised sentences.
import type { Tagger, Sentence } from '../../src/core/ner/index.ts';
import { isB, isI, TYPES, typeOf } from '../../src/core/ner/tags.ts';
import type { GoldSentence } from './data.ts';

export interface Scores {
  perType: Record<string, { p: number; r: number; f: number; tp: number; pred: number; gold: number }>;
  core: { p: number; r: number; f: number }; // PER + ORG + LOC
  all: { p: number; r: number; f: number };
}

export function evaluate(tagger: Tagger, sents: GoldSentence[]): Scores {
  const parts: string[] = [];
  const sentences: Sentence[] = [];
  const gold = new Set<string>();
  let o = 0;
  for (const s of sents) {
    const tokens = s.words.map((w) => {
      const t = { start: o, end: o + w.length, text: w };
      o += w.length + 1;
      return t;
    });
    sentences.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
    parts.push(s.words.join(' '));
    for (let i = 0; i < s.words.length;) {
      const t = s.tags[i]!;
      if (!isB(t) && !isI(t)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < s.words.length && isI(s.tags[j]!) && typeOf(s.tags[j]!) === typeOf(t)) j++;
      gold.add(`${tokens[i]!.start}:${tokens[j - 1]!.end}:${TYPES[typeOf(t)]}`);
      i = j;
    }
  }
  const text = parts.join('\n');
  const pred = new Set(tagger.tagSentences(text, sentences).map((m) => `${m.start}:${m.end}:${m.type}`));
  const count = (set: Set<string>, ty?: string) => [...set].filter((k) => !ty || k.endsWith(':' + ty)).length;
  const tpOf = (ty?: string) => [...pred].filter((k) => gold.has(k) && (!ty || k.endsWith(':' + ty))).length;
  const prf = (tp: number, np: number, ng: number) => {
    const p = np ? tp / np : 0,
      r = ng ? tp / ng : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const perType: Scores['perType'] = {};
  for (const ty of TYPES) {
    const tp = tpOf(ty),
      np = count(pred, ty),
      ng = count(gold, ty);
    perType[ty] = { ...prf(tp, np, ng), tp, pred: np, gold: ng };
  }
  const sum = (k: 'tp' | 'pred' | 'gold', tys: string[]) => tys.reduce((a, t) => a + perType[t]![k], 0);
  const core = ['PER', 'ORG', 'LOC'];
  return {
    perType,
    core: prf(sum('tp', core), sum('pred', core), sum('gold', core)),
    all: prf(sum('tp', [...TYPES]), sum('pred', [...TYPES]), sum('gold', [...TYPES])),
  };
}

export function formatScores(name: string, s: Scores): string {
  const f = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = [`${name}`, '  type    prec    rec     F1   (tp/pred/gold)'];
  for (const [ty, v] of Object.entries(s.perType)) lines.push(`  ${ty.padEnd(5)} ${f(v.p)} ${f(v.r)} ${f(v.f)}   (${v.tp}/${v.pred}/${v.gold})`);
  lines.push(`  P+O+L ${f(s.core.p)} ${f(s.core.r)} ${f(s.core.f)}`);
  lines.push(`  all   ${f(s.all.p)} ${f(s.all.r)} ${f(s.all.f)}`);
  return lines.join('\n');
}
