// First-order Viterbi over the small BIO tag set, plus max-marginals for confidence scores.
// trans layout: (T + 2) rows of T: row p < T = previous tag, row T = start, row T + 1 = end.
// Only legal transitions (per `allowed`) are visited: I-X can only follow B-X / I-X.
import { allowed } from './tags.ts';

const NEG = -1e30;

export class Decoder {
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private back = new Uint8Array(0);
  private readonly ec = new Float64Array(32);
  private readonly prevs: Uint8Array[] = []; // legal previous tags of each tag
  private readonly onlyFrom: Int8Array; // for a tag with exactly two legal predecessors (u, itself): u, else -1
  private readonly nexts: Uint8Array[] = []; // legal next tags of each tag

  constructor(private readonly T: number) {
    for (let t = 0; t < T; t++) {
      const p: number[] = [], n: number[] = [];
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
  }

  private ensure(n: number): void {
    if (this.alpha.length >= n * this.T) return;
    const c = Math.max(n, 64) * this.T * 2;
    this.alpha = new Float64Array(c);
    this.beta = new Float64Array(c);
    this.back = new Uint8Array(c);
  }

  /** Writes the best tag sequence to out[0..n); returns its score. */
  decode(n: number, emit: Float64Array, trans: Float64Array, out: Uint8Array): number {
    const T = this.T;
    if (n === 0) return 0;
    this.ensure(n);
    const a = this.alpha, bp = this.back, onlyFrom = this.onlyFrom;
    for (let t = 0; t < T; t++) a[t] = trans[T * T + t]! + emit[t]!;
    for (let i = 1; i < n; i++) {
      const o = i * T, po = o - T;
      for (let t = 0; t < T; t++) {
        let best = NEG, arg = 0;
        if (onlyFrom[t]! >= 0) {
          // I-X: only B-X (t - 1) or I-X (t) can precede
          const b = onlyFrom[t]!;
          const v1 = a[po + b]! + trans[b * T + t]!, v2 = a[po + t]! + trans[t * T + t]!;
          if (v1 >= v2) { best = v1; arg = b; } else { best = v2; arg = t; }
        } else {
          for (let p = 0; p < T; p++) {
            const v = a[po + p]! + trans[p * T + t]!;
            if (v > best) { best = v; arg = p; }
          }
        }
        a[o + t] = best + emit[o + t]!;
        bp[o + t] = arg;
      }
    }
    const lo = (n - 1) * T, endRow = (T + 1) * T;
    let best = NEG, arg = 0;
    for (let t = 0; t < T; t++) {
      const v = a[lo + t]! + trans[endRow + t]!;
      if (v > best) { best = v; arg = t; }
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
  marginsAgainst(n: number, emit: Float64Array, trans: Float64Array, best: number, o: number, margins: Float64Array, from = 0): void {
    const T = this.T, a = this.alpha, b = this.beta, endRow = (T + 1) * T, nexts = this.nexts, ec = this.ec;
    const lo = (n - 1) * T;
    for (let t = 0; t < T; t++) b[lo + t] = trans[endRow + t]!;
    for (let i = n - 2; i >= from; i--) {
      const x = i * T, nx = x + T;
      for (let c = 0; c < T; c++) ec[c] = emit[nx + c]! + b[nx + c]!;
      for (let t = 0; t < T; t++) {
        const ns = nexts[t]!, tr = t * T;
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
