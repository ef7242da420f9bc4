// First-order Viterbi over the small BIO tag set, plus max-marginals for confidence scores.
// trans layout: (T + 2) rows of T: row p < T = previous tag, row T = start, row T + 1 = end.
// Only legal transitions (per `allowed`) are visited: I-X can only follow B-X / I-X.
import { allowed } from './tags.ts';

const NEG = -1e30;

/**
 * Emission, transition and path scores: doubles in training; in the tagger, integers in fixed
 * point (see tagger.ts), because V8's interpreter, which runs a page's first call, boxes every
 * double it loads or adds into a new heap object and keeps small integers unboxed.
 */
export type Scores = Float64Array | Int32Array;
type ScoresConstructor = Float64ArrayConstructor | Int32ArrayConstructor;

export class Decoder {
  private alpha: Scores;
  private beta: Scores;
  private back = new Uint8Array(0);
  private readonly ec: Scores;
  private readonly prevs: Uint8Array[] = []; // legal previous tags of each tag
  private readonly onlyFrom: Int8Array; // for a tag with exactly two legal predecessors (u, itself): u, else -1
  private readonly nexts: Uint8Array[] = []; // legal next tags of each tag

  constructor(
    private readonly T: number,
    private readonly Kind: ScoresConstructor = Float64Array,
  ) {
    this.alpha = new Kind(0);
    this.beta = new Kind(0);
    this.ec = new Kind(32);
    for (let t = 0; t < T; t++) {
      const p: number[] = [],
        n: number[] = [];
      for (let u = 0; u < T; u++) {
        if (allowed(u, t)) p.push(u);
        if (allowed(t, u)) n.push(u);
      }
      this.prevs.push(Uint8Array.from(p));
      this.nexts.push(Uint8Array.from(n));
    }
    this.onlyFrom = new Int8Array(T).map((_, t) => {
      const p = this.prevs[t]!;
      return p.length === 2 && p[1] === t ? p[0]! : p.length === 2 && p[0] === t ? p[1]! : -1;
    });
    this.bio9 = T === 9 && this.onlyFrom.every((u, t) => u === (t > 0 && t % 2 === 0 ? t - 1 : -1));
  }

  /** The BIO layout over 4 types (O, B-X = odd, I-X = even): the unrolled 9-tag code applies. */
  private readonly bio9: boolean;

  /**
   * decode() for the 9-tag BIO set with the 9-way max unrolled (same results and tie-breaking:
   * the lowest previous tag wins a tie). Roughly halves the work in the interpreter and the JIT.
   */
  private decode9(n: number, emit: Scores, tr: Scores, out: Uint8Array): number {
    const a = this.alpha,
      bp = this.back;
    for (let t = 0; t < 9; t++) a[t] = tr[81 + t]! + emit[t]!;
    for (let i = 1; i < n; i++) {
      const o = i * 9,
        po = o - 9;
      const a0 = a[po]!,
        a1 = a[po + 1]!,
        a2 = a[po + 2]!,
        a3 = a[po + 3]!,
        a4 = a[po + 4]!;
      const a5 = a[po + 5]!,
        a6 = a[po + 6]!,
        a7 = a[po + 7]!,
        a8 = a[po + 8]!;
      // O and B-X: any previous tag
      for (let t = 0; t < 9; t += t === 0 ? 1 : 2) {
        let best = a0 + tr[t]!,
          arg = 0,
          v: number;
        v = a1 + tr[9 + t]!;
        if (v > best) {
          best = v;
          arg = 1;
        }
        v = a2 + tr[18 + t]!;
        if (v > best) {
          best = v;
          arg = 2;
        }
        v = a3 + tr[27 + t]!;
        if (v > best) {
          best = v;
          arg = 3;
        }
        v = a4 + tr[36 + t]!;
        if (v > best) {
          best = v;
          arg = 4;
        }
        v = a5 + tr[45 + t]!;
        if (v > best) {
          best = v;
          arg = 5;
        }
        v = a6 + tr[54 + t]!;
        if (v > best) {
          best = v;
          arg = 6;
        }
        v = a7 + tr[63 + t]!;
        if (v > best) {
          best = v;
          arg = 7;
        }
        v = a8 + tr[72 + t]!;
        if (v > best) {
          best = v;
          arg = 8;
        }
        a[o + t] = best + emit[o + t]!;
        bp[o + t] = arg;
      }
      // I-X: only B-X or I-X
      for (let t = 2; t < 9; t += 2) {
        const v1 = a[po + t - 1]! + tr[(t - 1) * 9 + t]!,
          v2 = a[po + t]! + tr[t * 9 + t]!;
        if (v1 >= v2) {
          a[o + t] = v1 + emit[o + t]!;
          bp[o + t] = t - 1;
        } else {
          a[o + t] = v2 + emit[o + t]!;
          bp[o + t] = t;
        }
      }
    }
    const lo = (n - 1) * 9;
    let best = -1e30,
      arg = 0;
    for (let t = 0; t < 9; t++) {
      const v = a[lo + t]! + tr[90 + t]!;
      if (v > best) {
        best = v;
        arg = t;
      }
    }
    out[n - 1] = arg;
    for (let i = n - 1; i > 0; i--) out[i - 1] = bp[i * 9 + out[i]!]!;
    return best;
  }

  private ensure(n: number): void {
    if (this.alpha.length >= n * this.T) return;
    const c = Math.max(n, 64) * this.T * 2;
    this.alpha = new this.Kind(c);
    this.beta = new this.Kind(c);
    this.back = new Uint8Array(c);
  }

  /** Writes the best tag sequence to out[0..n); returns its score. */
  decode(n: number, emit: Scores, trans: Scores, out: Uint8Array): number {
    const T = this.T;
    if (n === 0) return 0;
    this.ensure(n);
    if (this.bio9) return this.decode9(n, emit, trans, out);
    const a = this.alpha,
      bp = this.back,
      onlyFrom = this.onlyFrom;
    for (let t = 0; t < T; t++) a[t] = trans[T * T + t]! + emit[t]!;
    for (let i = 1; i < n; i++) {
      const o = i * T,
        po = o - T;
      for (let t = 0; t < T; t++) {
        let best = NEG,
          arg = 0;
        if (onlyFrom[t]! >= 0) {
          // I-X: only B-X (t - 1) or I-X (t) can precede
          const b = onlyFrom[t]!;
          const v1 = a[po + b]! + trans[b * T + t]!,
            v2 = a[po + t]! + trans[t * T + t]!;
          if (v1 >= v2) {
            best = v1;
            arg = b;
          } else {
            best = v2;
            arg = t;
          }
        } else {
          for (let p = 0; p < T; p++) {
            const v = a[po + p]! + trans[p * T + t]!;
            if (v > best) {
              best = v;
              arg = p;
            }
          }
        }
        a[o + t] = best + emit[o + t]!;
        bp[o + t] = arg;
      }
    }
    const lo = (n - 1) * T,
      endRow = (T + 1) * T;
    let best = NEG,
      arg = 0;
    for (let t = 0; t < T; t++) {
      const v = a[lo + t]! + trans[endRow + t]!;
      if (v > best) {
        best = v;
        arg = t;
      }
    }
    out[n - 1] = arg;
    for (let i = n - 1; i > 0; i--) out[i - 1] = bp[i * T + out[i]!]!;
    return best;
  }

  /**
   * After decode(): for i >= from, margins[i] = best score - best score of any path with tag `o`
   * at i (0 where the best path already has `o`). Reuses alpha from decode; the backward pass
   * stops at `from` (the first token anyone asks about).
   */
  marginsAgainst(n: number, emit: Scores, trans: Scores, best: number, o: number, margins: Float64Array, from = 0): void {
    const T = this.T,
      a = this.alpha,
      b = this.beta,
      endRow = (T + 1) * T,
      nexts = this.nexts,
      ec = this.ec;
    const lo = (n - 1) * T;
    for (let t = 0; t < T; t++) b[lo + t] = trans[endRow + t]!;
    for (let i = n - 2; i >= from; i--) {
      const x = i * T,
        nx = x + T;
      for (let c = 0; c < T; c++) ec[c] = emit[nx + c]! + b[nx + c]!;
      if (this.bio9) {
        // next of any tag: O or any B-X; next of B-X / I-X also: I-X (unrolled, same result)
        const e0 = ec[0]!,
          e1 = ec[1]!,
          e3 = ec[3]!,
          e5 = ec[5]!,
          e7 = ec[7]!;
        for (let t = 0; t < 9; t++) {
          const r = t * 9;
          let m = trans[r]! + e0,
            v: number;
          v = trans[r + 1]! + e1;
          if (v > m) m = v;
          v = trans[r + 3]! + e3;
          if (v > m) m = v;
          v = trans[r + 5]! + e5;
          if (v > m) m = v;
          v = trans[r + 7]! + e7;
          if (v > m) m = v;
          if (t > 0) {
            const it = t + (t & 1); // I-X of t's type
            v = trans[r + it]! + ec[it]!;
            if (v > m) m = v;
          }
          b[x + t] = m;
        }
        continue;
      }
      for (let t = 0; t < T; t++) {
        const ns = nexts[t]!,
          tr = t * T;
        let m = NEG;
        for (let k = 0; k < ns.length; k++) {
          const c = ns[k]!;
          const v = trans[tr + c]! + ec[c]!;
          if (v > m) m = v;
        }
        b[x + t] = m;
      }
    }
    for (let i = from; i < n; i++) margins[i] = best - (a[i * T + o]! + b[i * T + o]!);
  }
}
