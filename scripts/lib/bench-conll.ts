// CoNLL-2003 development set: exact PER/LOC/ORG chunk F1 for the raw tagger (per
// sentence), for the full document pass (per document) and for compromise (per document).
import { readConll, joinTokens, type ConllDoc } from './conll.ts';
import { score, type PRF } from './score.ts';
import type { Tagger } from '../../src/core/ner/index.ts';
import type { Analyzer } from '../../src/core/analyze.ts';
import { compromiseMentions } from './compromise-ner.ts';

const TYPES = ['PER', 'LOC', 'ORG'];
const FROM_PRODUCT: Record<string, string> = { PERSON: 'PER', PLACE: 'LOC', ORG: 'ORG', MISC: 'MISC', DATE: 'DATE' };

export interface ConllResult {
  all: PRF;
  byType: Record<string, PRF>;
  ms: number;
}

type Pred = Array<{ start: number; end: number; type: string }>;

/** Runs `predict` over each unit of text, maps char spans to token spans, scores against gold. */
function run(docs: ConllDoc[], perDocument: boolean, predict: (text: string) => Pred): ConllResult {
  const pred: Array<{ start: number; end: number; type: string }> = [];
  const gold: typeof pred = [];
  let sid = 0;
  const t0 = performance.now();
  for (const doc of docs) {
    const units = perDocument ? [doc.sentences] : doc.sentences.map((s) => [s]);
    for (const sents of units) {
      // Encode (sentence id, token) as one number so spans compare exactly across sentences.
      const starts = new Map<number, number>();
      const ends = new Map<number, number>();
      let text = '';
      for (const s of sents) {
        const j = joinTokens(s.tokens);
        const base = text ? text.length + 1 : 0;
        if (text) text += '\n';
        text += j.text;
        j.starts.forEach((x, i) => starts.set(base + x, sid * 1000 + i));
        j.ends.forEach((x, i) => ends.set(base + x, sid * 1000 + i + 1));
        for (const [a, b, t] of s.chunks) gold.push({ start: sid * 1000 + a, end: sid * 1000 + b, type: t });
        sid++;
      }
      for (const m of predict(text)) {
        const a = starts.get(m.start);
        const b = ends.get(m.end);
        // A span that does not fall on token boundaries can never match: keep it as an FP.
        pred.push(a !== undefined && b !== undefined ? { start: a, end: b, type: m.type } : { start: -1 - pred.length, end: -1, type: m.type });
      }
    }
  }
  const ms = performance.now() - t0;
  const s = score(pred, gold, TYPES);
  return { all: s.all, byType: s.byType, ms };
}

export function benchConll(path: string, tagger: Tagger, analyze: Analyzer, only?: string[]): Record<string, ConllResult> {
  const docs = readConll(path);
  const systems: Record<string, () => ConllResult> = {
    'tagger (per sentence)': () => run(docs, false, (t) => tagger.tag(t)),
    'analyze (per document)': () => run(docs, true, (t) => analyze(t).mentions.map((m) => ({ ...m, type: FROM_PRODUCT[m.type]! }))),
    'compromise (per document)': () => run(docs, true, (t) => compromiseMentions(t)),
  };
  const out: Record<string, ConllResult> = {};
  for (const [k, f] of Object.entries(systems)) if (!only || only.includes(k)) out[k] = f();
  return out;
}
