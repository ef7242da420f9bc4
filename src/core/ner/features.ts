// Hashed feature extraction shared by training and inference (same code => same features).
// Per-token hashes are computed once from char codes; templates are then cheap integer mixes.
import { isDigit, isUpper, lowerCode, normCode, C_WORD, charClass } from './chars.ts';
import { FNV_OFFSET, fnv, mix } from './hash.ts';
import { lookup, type HashTable } from './hashtable.ts';
import type { Token } from './tokenize.ts';

export interface Lexicons {
  /** token-sequence hash -> bit mask of gazetteer categories (see GAZ_* in lexicon-keys) */
  gaz: HashTable;
  /** lower-case word hash -> capitalisation-prior bucket 1..5 */
  caps: HashTable;
}

export const MAXF = 64; // feature slots per token
export const GAZ_MAXLEN = 6;
export const GAZ_SEED = 0x3c6ef372;

const lowerNorm = (c: number) => lowerCode(normCode(c));
/** Hash of one token's lower-cased, normalised text: the key used by the gazetteer and caps tables. */
export function tokenKey(text: string, s: number, e: number): number {
  let h = FNV_OFFSET;
  for (let k = s; k < e; k++) h = fnv(h, lowerNorm(text.charCodeAt(k)));
  return h >>> 0;
}

// flag bits per token
const F_CAP = 1, F_ALLCAP = 2, F_DIGIT = 4, F_LETTER = 8, F_LOWER = 16, F_HYPHEN = 32, F_PERIOD = 64;

// padding values for positions outside the sentence
const PAD = [0x1b873593, 0x2f3a4d5b, 0x51d2a3e7, 0x7a1c3e95];

export class FeatureExtractor {
  feats = new Uint32Array(0);
  nfeat = new Uint8Array(0);
  private cap = 0;
  private hw = new Uint32Array(0);
  private hl = new Uint32Array(0);
  private sh = new Uint32Array(0);
  private pre = new Uint32Array(0); // 4 per token
  private suf = new Uint32Array(0); // 4 per token
  private hy = new Uint32Array(0); // 2 per token: first / last hyphen part
  private flags = new Uint8Array(0);
  private len = new Uint8Array(0);
  private capb = new Uint8Array(0);
  private gmask = new Uint8Array(0);
  private gpos = new Uint8Array(0);

  constructor(private readonly lex: Lexicons) {}

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const c = Math.max(n, this.cap * 2, 64);
    this.cap = c;
    this.feats = new Uint32Array(c * MAXF);
    this.nfeat = new Uint8Array(c);
    this.hw = new Uint32Array(c);
    this.hl = new Uint32Array(c);
    this.sh = new Uint32Array(c);
    this.pre = new Uint32Array(c * 4);
    this.suf = new Uint32Array(c * 4);
    this.hy = new Uint32Array(c * 2);
    this.flags = new Uint8Array(c);
    this.len = new Uint8Array(c);
    this.capb = new Uint8Array(c);
    this.gmask = new Uint8Array(c);
    this.gpos = new Uint8Array(c);
  }

  /** Hashes of token j (relative index) from its characters. */
  private tokenHashes(text: string, j: number, s: number, e: number): void {
    let hw = FNV_OFFSET, hl = FNV_OFFSET, sh = FNV_OFFSET, hyFirst = 0, hyLast = FNV_OFFSET;
    let lastCls = -1, segs = 0, fl = 0, hasLower = false, hasUpper = false;
    for (let k = s; k < e; k++) {
      const c0 = text.charCodeAt(k);
      const c = normCode(c0);
      const lc = lowerCode(c);
      hw = fnv(hw, c);
      hl = fnv(hl, lc);
      const o = k - s;
      if (o < 4) this.pre[j * 4 + o] = mix(o + 1, hl);
      let cls: number;
      if (isDigit(c)) { cls = 100; fl |= F_DIGIT; }
      else if (charClass(c) === C_WORD) {
        fl |= F_LETTER;
        if (isUpper(c)) { cls = 88; hasUpper = true; }
        else if (lc === c && c < 0x2e80) { cls = 120; hasLower = true; }
        else cls = 99; // caseless script (CJK, Arabic, ...) or mark
      } else {
        cls = c;
        if (c === 45) { fl |= F_HYPHEN; if (hyFirst === 0) hyFirst = hl; hyLast = FNV_OFFSET; continue; }
        if (c === 46) fl |= F_PERIOD;
      }
      if (c !== 45) hyLast = fnv(hyLast, lc);
      if (cls !== lastCls && segs < 8) { sh = fnv(sh, cls); segs++; lastCls = cls; }
    }
    const n = e - s;
    for (let o = n; o < 4; o++) this.pre[j * 4 + o] = 0;
    // suffixes: hash the last 1..4 chars, innermost first
    let hs = FNV_OFFSET;
    for (let o = 0; o < 4; o++) {
      if (o < n) {
        hs = fnv(hs, lowerNorm(text.charCodeAt(e - 1 - o)));
        this.suf[j * 4 + o] = mix(o + 11, hs);
      } else this.suf[j * 4 + o] = 0;
    }
    if (hasUpper && isUpper(normCode(text.charCodeAt(s)))) fl |= F_CAP;
    if (hasUpper && !hasLower) fl |= F_ALLCAP;
    if (hasLower) fl |= F_LOWER;
    this.hw[j] = hw >>> 0;
    this.hl[j] = hl >>> 0;
    this.sh[j] = sh >>> 0;
    this.hy[j * 2] = hyFirst >>> 0;
    this.hy[j * 2 + 1] = fl & F_HYPHEN ? hyLast >>> 0 : 0;
    this.flags[j] = fl;
    this.len[j] = n > 15 ? 15 : n;
    this.capb[j] = lookup(this.lex.caps, hl);
  }

  /** Greedy longest match of capitalised token sequences against the gazetteer. */
  private gazetteer(n: number): void {
    this.gmask.fill(0, 0, n);
    this.gpos.fill(0, 0, n);
    for (let i = 0; i < n; ) {
      if (!(this.flags[i]! & F_CAP)) { i++; continue; }
      let h = GAZ_SEED, bestLen = 0, bestMask = 0;
      for (let L = 1; L <= GAZ_MAXLEN && i + L <= n; L++) {
        h = mix(h, this.hl[i + L - 1]!);
        const m = lookup(this.lex.gaz, h);
        if (m !== 0) { bestLen = L; bestMask = m; }
      }
      if (bestLen === 0) { i++; continue; }
      for (let k = 0; k < bestLen; k++) {
        this.gmask[i + k] = bestMask;
        this.gpos[i + k] = bestLen === 1 ? 4 : k === 0 ? 1 : k === bestLen - 1 ? 3 : 2;
      }
      i += bestLen;
    }
  }

  /** Fills feats/nfeat for tokens[from .. from+n). */
  extract(text: string, tokens: readonly Token[], from: number, n: number): void {
    this.ensure(n);
    let anyLower = false, anyUpper = false;
    for (let j = 0; j < n; j++) {
      const t = tokens[from + j]!;
      this.tokenHashes(text, j, t.start, t.end);
      const f = this.flags[j]!;
      if (f & F_LOWER) anyLower = true;
      if (f & (F_ALLCAP | F_CAP)) anyUpper = true;
    }
    this.gazetteer(n);
    // sentence-wide capitalisation context: 0 mixed, 1 all upper-case (headline), 2 no capitals
    const sentCase = anyUpper && !anyLower ? 1 : anyLower && !anyUpper ? 2 : 0;
    const hl = this.hl, sh = this.sh, feats = this.feats;
    const L = (k: number) => (k < 0 ? PAD[-k - 1]! : k >= n ? PAD[k - n + 2]! : hl[k]!);
    const S = (k: number) => (k < 0 ? PAD[-k - 1]! ^ 7 : k >= n ? PAD[k - n + 2]! ^ 7 : sh[k]!);
    const G = (k: number) => (k < 0 || k >= n ? 255 : this.gmask[k]! * 8 + this.gpos[k]!);
    const C = (k: number) => (k < 0 || k >= n ? 9 : this.capb[k]!);
    for (let i = 0; i < n; i++) {
      let b = i * MAXF, c = 0;
      const fl = this.flags[i]!;
      const pos = i < 3 ? i : 3;
      feats[b + c++] = 1; // bias
      feats[b + c++] = mix(2, this.hw[i]!);
      feats[b + c++] = mix(3, hl[i]!);
      feats[b + c++] = mix(4, sh[i]!);
      for (let o = 0; o < 4; o++) {
        const p = this.pre[i * 4 + o]!, s = this.suf[i * 4 + o]!;
        if (p) feats[b + c++] = p;
        if (s) feats[b + c++] = s;
      }
      feats[b + c++] = mix(20, L(i - 1));
      feats[b + c++] = mix(21, L(i + 1));
      feats[b + c++] = mix(22, L(i - 2));
      feats[b + c++] = mix(23, L(i + 2));
      feats[b + c++] = mix(24, S(i - 1));
      feats[b + c++] = mix(25, S(i + 1));
      feats[b + c++] = mix(26, S(i - 2));
      feats[b + c++] = mix(27, S(i + 2));
      feats[b + c++] = mix(mix(28, L(i - 1)), hl[i]!);
      feats[b + c++] = mix(mix(29, hl[i]!), L(i + 1));
      feats[b + c++] = mix(mix(30, S(i - 1)), sh[i]!);
      feats[b + c++] = mix(mix(31, sh[i]!), S(i + 1));
      feats[b + c++] = mix(mix(mix(32, S(i - 1)), sh[i]!), S(i + 1));
      feats[b + c++] = mix(mix(33, L(i - 1)), sh[i]!);
      feats[b + c++] = mix(mix(34, sh[i]!), L(i + 1));
      // gazetteer: one feature per active category at i, plus the neighbours' match state
      const gm = this.gmask[i]!;
      if (gm) {
        for (let bit = 0; bit < 8; bit++) if (gm & (1 << bit)) feats[b + c++] = mix(40, bit * 8 + this.gpos[i]!);
        feats[b + c++] = mix(41, G(i));
      }
      feats[b + c++] = mix(42, G(i - 1));
      feats[b + c++] = mix(43, G(i + 1));
      feats[b + c++] = mix(mix(44, G(i - 1)), G(i + 1) + 1024 * (fl & 3));
      // capitalisation context and priors
      feats[b + c++] = mix(45, sentCase * 64 + pos * 16 + (fl & 15));
      feats[b + c++] = mix(mix(46, sentCase * 16 + pos), sh[i]!);
      feats[b + c++] = mix(47, C(i) * 64 + sentCase * 16 + pos * 4 + (fl & 3));
      feats[b + c++] = mix(48, C(i - 1) * 16 + C(i) * 256 + C(i + 1));
      if (sentCase !== 0) feats[b + c++] = mix(mix(49, sentCase), hl[i]!);
      feats[b + c++] = mix(mix(50, this.len[i]!), sh[i]!);
      if (fl & F_HYPHEN) {
        feats[b + c++] = mix(51, this.hy[i * 2]!);
        feats[b + c++] = mix(52, this.hy[i * 2 + 1]!);
      }
      feats[b + c++] = mix(mix(53, sh[i]!), G(i) * 16 + C(i));
      this.nfeat[i] = c;
    }
  }
}
