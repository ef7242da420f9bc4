// First-order Viterbi over the small BIO tag set, plus max-marginals for confidence scores.
// trans layout: (T + 2) rows of T: row p < T = previous tag, row T = start, row T + 1 = end.
const NEG = -1e30;

export class Decoder {
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private back = new Uint8Array(0);

  constructor(private readonly T: number) {}

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
    const a = this.alpha, bp = this.back;
    for (let t = 0; t < T; t++) a[t] = trans[T * T + t]! + emit[t]!;
    for (let i = 1; i < n; i++) {
      const o = i * T, po = o - T;
      for (let t = 0; t < T; t++) {
        let best = NEG, arg = 0;
        for (let p = 0; p < T; p++) {
          const v = a[po + p]! + trans[p * T + t]!;
          if (v > best) { best = v; arg = p; }
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
   * After decode(): margins[i] = best score - best score of any path with tag `o` at i
   * (0 where the best path already has `o`). Reuses alpha from decode.
   */
  marginsAgainst(n: number, emit: Float64Array, trans: Float64Array, best: number, o: number, margins: Float64Array): void {
    const T = this.T, a = this.alpha, b = this.beta, endRow = (T + 1) * T;
    const lo = (n - 1) * T;
    for (let t = 0; t < T; t++) b[lo + t] = trans[endRow + t]!;
    for (let i = n - 2; i >= 0; i--) {
      const x = i * T, nx = x + T;
      for (let t = 0; t < T; t++) {
        let m = NEG;
        for (let c = 0; c < T; c++) {
          const v = trans[t * T + c]! + emit[nx + c]! + b[nx + c]!;
          if (v > m) m = v;
        }
        b[x + t] = m;
      }
    }
    for (let i = 0; i < n; i++) margins[i] = best - (a[i * T + o]! + b[i * T + o]!);
  }
}
