// Exact span+type precision/recall/F1, overall (over a type subset) and per type.
export interface Span {
  start: number;
  end: number;
  type: string;
}
export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const key = (s: Span) => `${s.start}:${s.end}:${s.type}`;

export function score(
  pred: readonly Span[],
  gold: readonly Span[],
  types: readonly string[],
): { all: PRF; byType: Record<string, PRF>; fp: Span[]; fn: Span[] } {
  const P = pred.filter((s) => types.includes(s.type));
  const G = gold.filter((s) => types.includes(s.type));
  const gk = new Set(G.map(key));
  const pk = new Set(P.map(key));
  const fp = P.filter((s) => !gk.has(key(s)));
  const fn = G.filter((s) => !pk.has(key(s)));
  const byType: Record<string, PRF> = {};
  for (const t of types) {
    const tp = P.filter((s) => s.type === t && gk.has(key(s))).length;
    byType[t] = prf(tp, fp.filter((s) => s.type === t).length, fn.filter((s) => s.type === t).length);
  }
  return { all: prf(P.length - fp.length, fp.length, fn.length), byType, fp, fn };
}
