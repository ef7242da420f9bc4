// Structured averaged perceptron (Collins 2002) over hashed features with constrained first-order
// Viterbi, using the same FeatureExtractor and Decoder as inference.
import { bucketShift, FeatureExtractor, MAXF, type Lexicons } from '../../src/core/ner/features.ts';
import { allowed, NTAGS } from '../../src/core/ner/tags.ts';
import type { Token } from '../../src/core/ner/tokenize.ts';
import { Decoder } from '../../src/core/ner/viterbi.ts';
import type { GoldSentence } from './data.ts';

export interface Instance {
  text: string;
  tokens: Token[];
  gold: Uint8Array;
}

export function toInstance(s: GoldSentence): Instance {
  const tokens: Token[] = [];
  let o = 0;
  for (const w of s.words) {
    tokens.push({ start: o, end: o + w.length, text: w });
    o += w.length + 1;
  }
  return { text: s.words.join(' '), tokens, gold: s.tags };
}

/** Deterministic PRNG (mulberry32) so training is reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Trained {
  weights: Float32Array; // averaged emission weights, (2^hashBits) x T
  trans: Float32Array; // averaged transitions, (T + 2) x T
}

export interface TrainOptions {
  hashBits: number;
  epochs: number;
  seed: number;
  onEpoch?: (epoch: number, errors: number, snapshot: () => Trained) => void;
}

export function train(data: Instance[], lex: Lexicons, opt: TrainOptions): Trained {
  const T = NTAGS,
    shift = bucketShift(opt.hashBits),
    rows = 1 << opt.hashBits;
  // 1. features once
  const fx = new FeatureExtractor(lex);
  let total = 0;
  for (const d of data) total += d.tokens.length;
  let feats = new Uint32Array(total * 40);
  const tokOff = new Int32Array(total + 1),
    sentTok = new Int32Array(data.length + 1);
  let nf = 0,
    ti = 0;
  data.forEach((d, si) => {
    sentTok[si] = ti;
    fx.extract(d.text, d.tokens, 0, d.tokens.length);
    for (let i = 0; i < d.tokens.length; i++) {
      tokOff[ti++] = nf;
      const c = fx.nfeat[i]!;
      if (nf + c > feats.length) {
        const g = new Uint32Array(feats.length * 2);
        g.set(feats);
        feats = g;
      }
      for (let k = 0; k < c; k++) feats[nf++] = (fx.feats[i * MAXF + k]! >>> shift) * T;
    }
  });
  tokOff[ti] = nf;
  sentTok[data.length] = ti;

  // 2. perceptron
  const W = new Float32Array(rows * T),
    A = new Float64Array(rows * T);
  const TR = new Float64Array((T + 2) * T),
    TA = new Float64Array((T + 2) * T);
  const constraint = new Float64Array((T + 2) * T);
  for (let p = 0; p <= T; p++) for (let c = 0; c < T; c++) if (!allowed(p, c)) constraint[p * T + c] = -1e9;
  const transEff = new Float64Array((T + 2) * T);
  const dec = new Decoder(T);
  let emit = new Float64Array(256 * T),
    pred = new Uint8Array(256);
  let step = 1;
  const order = data.map((_, i) => i);
  const rand = rng(opt.seed);
  const upd = (ti0: number, tag: number, d: number) => {
    for (let k = tokOff[ti0]!, e = tokOff[ti0 + 1]!; k < e; k++) {
      const r = feats[k]! + tag;
      W[r] = W[r]! + d;
      A[r] = A[r]! + step * d;
    }
  };
  const updT = (idx: number, d: number) => {
    TR[idx] = TR[idx]! + d;
    TA[idx] = TA[idx]! + step * d;
  };
  const snapshot = (): Trained => {
    const w = new Float32Array(W.length),
      tr = new Float32Array(TR.length);
    for (let i = 0; i < W.length; i++) w[i] = W[i]! - A[i]! / step;
    for (let i = 0; i < TR.length; i++) tr[i] = TR[i]! - TA[i]! / step;
    return { weights: w, trans: tr };
  };
  for (let ep = 1; ep <= opt.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const si of order) {
      const t0 = sentTok[si]!,
        n = sentTok[si + 1]! - t0,
        gold = data[si]!.gold;
      if (n === 0) continue;
      if (emit.length < n * T) {
        emit = new Float64Array(n * T * 2);
        pred = new Uint8Array(n * 2);
      }
      emit.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        const eb = i * T;
        for (let k = tokOff[t0 + i]!, e = tokOff[t0 + i + 1]!; k < e; k++) {
          const r = feats[k]!;
          for (let t = 0; t < T; t++) emit[eb + t] = emit[eb + t]! + W[r + t]!;
        }
      }
      for (let k = 0; k < transEff.length; k++) transEff[k] = TR[k]! + constraint[k]!;
      dec.decode(n, emit, transEff, pred);
      let wrong = false;
      for (let i = 0; i < n; i++)
        if (pred[i] !== gold[i]) {
          wrong = true;
          break;
        }
      if (wrong) {
        errors++;
        for (let i = 0; i < n; i++) {
          const g = gold[i]!,
            p = pred[i]!;
          if (g !== p) {
            upd(t0 + i, g, 1);
            upd(t0 + i, p, -1);
          }
          const pg = i === 0 ? T : gold[i - 1]!,
            pp = i === 0 ? T : pred[i - 1]!;
          if (pg !== pp || g !== p) {
            updT(pg * T + g, 1);
            updT(pp * T + p, -1);
          }
        }
        const g = gold[n - 1]!,
          p = pred[n - 1]!;
        if (g !== p) {
          updT((T + 1) * T + g, 1);
          updT((T + 1) * T + p, -1);
        }
      }
      step++;
    }
    opt.onEpoch?.(ep, errors, snapshot);
  }
  return snapshot();
}
