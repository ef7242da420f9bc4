// Hashed feature extraction shared by training and inference (same code => same features).
// Phase 1 (prepare) hashes each token once from char codes, through a per-word-type cache;
// phase 2 emits features: token-local ones (depend only on the word, so the tagger can cache
// their summed weights per word type) and context ones (cheap integer mixes of neighbours).
import { isUpper, lowerCode, normCode, C_WORD, charClass } from './chars.ts';
import { FNV_OFFSET, fnv, mix, K, M1, M2 } from './hash.ts';
export { bucketShift } from './hash.ts';
import { lookup, type HashTable } from './hashtable.ts';
import type { Token } from './tokenize.ts';

export interface Lexicons {
  /** token-sequence hash -> bit mask of gazetteer categories */
  gaz: HashTable;
  /** lower-case word hash -> capitalisation-prior bucket 1..4 (bits 0-2) | word class 1..8 (bits 3-6) */
  caps: HashTable;
}

export const MAXF = 64; // feature slots per token (local + context), enough for every template
export const GAZ_MAXLEN = 6;
export const GAZ_SEED = 0x3c6ef372;

const lowerNorm = (c: number) => lowerCode(normCode(c));
/** Hash of one token's lower-cased, normalised text: the key of the gazetteer and caps tables. */
export function tokenKey(text: string, s: number, e: number): number {
  let h = FNV_OFFSET;
  for (let k = s; k < e; k++) h = fnv(h, lowerNorm(text.charCodeAt(k)));
  return h >>> 0;
}

const F_CAP = 1,
  F_ALLCAP = 2,
  F_DIGIT = 4,
  F_LETTER = 8,
  F_LOWER = 16,
  F_HYPHEN = 32;
/**
 * FNV-1a of a token's normalised characters: the type cache key. A function of its own so that
 * the per-character loop does not count towards prepare()'s optimisation budget: on a first
 * news article this keeps V8 from compiling all of prepare() (~11 ms of TurboFan work) for a
 * call that is over before the compile finishes; this small loop compiles in well under 1 ms.
 */
function wordHash(text: string, s: number, e: number): number {
  let hw = FNV_OFFSET;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    hw = Math.imul(hw ^ (c < 128 ? c : normCode(c)), 0x01000193);
  }
  return hw;
}

/** Hashes used for the sentence padding at padded index 0, 1, n + 2, n + 3. */
export const PAD_HASHES: readonly number[] = [0x1b873593, 0x2f3a4d5b, 0x51d2a3e7, 0x7a1c3e95];
const PAD_L = PAD_HASHES;
/** Shape hash used for padding position k (0..3). */
export const padShape = (k: number) => PAD_L[k]! ^ 7;
const CACHE_BITS = 13;
const CACHE = 1 << CACHE_BITS;
export const TYPE_CACHE = CACHE;
// per-type cache record layout (Int32 slots)
const R_HW = 0,
  R_LEN = 1,
  R_HL = 2,
  R_SH = 3,
  R_FL = 4,
  R_CAPB = 5,
  R_HY = 6,
  R_PRE = 8,
  R_SUF = 12,
  R_SIZE = 16;

// Salts of the templates as plain constants, and f1/f2/f3 written out in local() and context():
// it runs once per token, and on the first (interpreted) calls a function call per feature cost
// more than the hashing itself. Same arithmetic, same hashes.
const K2 = K[2]!,
  K3 = K[3]!,
  K4 = K[4]!,
  K50 = K[50]!,
  K51 = K[51]!,
  K52 = K[52]!;
const K28 = K[28]!,
  K29 = K[29]!,
  K30 = K[30]!,
  K31 = K[31]!,
  K32 = K[32]!,
  K33 = K[33]!,
  K34 = K[34]!,
  K40 = K[40]!,
  K41 = K[41]!,
  K42 = K[42]!,
  K43 = K[43]!,
  K44 = K[44]!,
  K45 = K[45]!,
  K46 = K[46]!,
  K47 = K[47]!,
  K48 = K[48]!,
  K49 = K[49]!,
  K53 = K[53]!,
  K54 = K[54]!,
  K55 = K[55]!;

export class FeatureExtractor {
  /** slot of each prepared token's record in the type cache, and the record's fill id */
  slot = new Int32Array(0);
  cacheId = new Int32Array(CACHE);
  private rec = new Int32Array(CACHE * R_SIZE);
  private nextId = 1;
  private stamp = new Int32Array(CACHE); // prepare() call that last used each slot
  private call = 0;
  private cap = 0;
  private n = 0;
  private hl = new Int32Array(0); // padded by 2 on each side
  private sh = new Int32Array(0);
  private gz = new Int32Array(0);
  private cb = new Int32Array(0);
  private wc = new Int32Array(0);
  private fl = new Int32Array(0);
  private gmask = new Uint8Array(0);
  private gpos = new Uint8Array(0);
  private sentCase = 0;
  /** training/eval convenience: feats[i * MAXF ..] and nfeat[i] after extract() */
  feats = new Int32Array(0);
  nfeat = new Uint8Array(0);

  constructor(private readonly lex: Lexicons) {}

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const c = Math.max(n, this.cap * 2, 128);
    this.cap = c;
    this.slot = new Int32Array(c);
    for (const k of ['hl', 'sh', 'gz', 'cb', 'wc', 'fl'] as const) this[k] = new Int32Array(c + 4);
    this.gmask = new Uint8Array(c);
    this.gpos = new Uint8Array(c);
    this.feats = new Int32Array(c * MAXF);
    this.nfeat = new Uint8Array(c);
  }

  /** Fills the cache record for word text[s, e) (hash hw) at slot. */
  private fillType(text: string, s: number, e: number, hw: number, slot: number): void {
    const r = this.rec,
      b = slot * R_SIZE;
    let hl = FNV_OFFSET,
      sh = FNV_OFFSET,
      hyFirst = 0,
      hyLast = FNV_OFFSET;
    let lastCls = -1,
      segs = 0,
      fl = 0,
      hasLower = false,
      hasUpper = false;
    // The first call runs this interpreted for every character of every new word: ASCII is
    // decided inline (same answers as normCode/lowerCode/charClass/isUpper/fnv give for it).
    for (let k = s; k < e; k++) {
      const c0 = text.charCodeAt(k);
      const c = c0 < 128 ? c0 : normCode(c0);
      const ascii = c < 128;
      const lc = ascii ? (c >= 65 && c <= 90 ? c | 32 : c) : lowerCode(c);
      hl = Math.imul(hl ^ lc, 0x01000193);
      const o = k - s;
      if (o < 4) r[b + R_PRE + o] = mix(o + 1, hl);
      let cls: number;
      if (c >= 48 && c <= 57) {
        cls = 100;
        fl |= F_DIGIT;
      } else if (ascii ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : charClass(c) === C_WORD) {
        fl |= F_LETTER;
        if (ascii ? c <= 90 : isUpper(c)) {
          cls = 88;
          hasUpper = true;
        } else if (lc === c && c < 0x2e80) {
          cls = 120;
          hasLower = true;
        } else cls = 99; // caseless script (CJK, Arabic, ...) or mark
      } else {
        cls = c;
        if (c === 45) {
          fl |= F_HYPHEN;
          if (hyFirst === 0) hyFirst = hl;
          hyLast = FNV_OFFSET;
        }
      }
      if (c !== 45) hyLast = Math.imul(hyLast ^ lc, 0x01000193);
      if (cls !== lastCls && segs < 8) {
        sh = Math.imul(sh ^ cls, 0x01000193);
        segs++;
        lastCls = cls;
      }
    }
    const n = e - s;
    for (let o = n; o < 4; o++) r[b + R_PRE + o] = 0;
    let hs = FNV_OFFSET;
    for (let o = 0; o < 4; o++) {
      if (o < n) {
        hs = fnv(hs, lowerNorm(text.charCodeAt(e - 1 - o)));
        r[b + R_SUF + o] = mix(o + 11, hs);
      } else r[b + R_SUF + o] = 0;
    }
    if (hasUpper && isUpper(normCode(text.charCodeAt(s)))) fl |= F_CAP;
    if (hasUpper && !hasLower) fl |= F_ALLCAP;
    if (hasLower) fl |= F_LOWER;
    r[b + R_HW] = hw;
    r[b + R_LEN] = n;
    r[b + R_HL] = hl;
    r[b + R_SH] = sh;
    r[b + R_FL] = fl;
    // "Mr." / "Gen." / "Inc.": fall back to the word without its final period
    let cv = lookup(this.lex.caps, hl);
    if (cv === 0 && n > 1 && text.charCodeAt(e - 1) === 46) cv = lookup(this.lex.caps, tokenKey(text, s, e - 1));
    r[b + R_CAPB] = cv;
    r[b + R_HY] = hyFirst;
    r[b + R_HY + 1] = fl & F_HYPHEN ? hyLast : 0;
    this.cacheId[slot] = this.nextId++;
  }

  /** Phase 1 for tokens[from .. from+n): per-token hashes, gazetteer matches, sentence case. */
  prepare(text: string, tokens: readonly Token[], from: number, n: number): void {
    this.ensure(n);
    this.n = n;
    if (n > CACHE / 2) throw new Error('FeatureExtractor: chunk too long');
    const r = this.rec,
      hlA = this.hl,
      shA = this.sh,
      flA = this.fl,
      cbA = this.cb,
      wcA = this.wc,
      slotA = this.slot;
    const stamp = this.stamp,
      call = ++this.call;
    let anyLower = false,
      anyUpper = false;
    for (let j = 0; j < n; j++) {
      const t = tokens[from + j]!;
      const s = t.start,
        e = t.end;
      const hw = wordHash(text, s, e);
      // direct-mapped cache with linear probing past slots that other words of this chunk hold,
      // so every token of the chunk keeps its own record until the chunk is done
      let slot = (hw ^ (hw >>> CACHE_BITS) ^ (e - s)) & (CACHE - 1);
      for (;;) {
        const hit = r[slot * R_SIZE + R_HW] === hw && r[slot * R_SIZE + R_LEN] === e - s && this.cacheId[slot] !== 0;
        if (hit) break;
        if (stamp[slot] !== call) {
          this.fillType(text, s, e, hw, slot);
          break;
        }
        slot = (slot + 1) & (CACHE - 1);
      }
      stamp[slot] = call;
      const b = slot * R_SIZE;
      slotA[j] = slot;
      hlA[j + 2] = r[b + R_HL]!;
      shA[j + 2] = r[b + R_SH]!;
      const f = r[b + R_FL]!;
      flA[j + 2] = f;
      const cv = r[b + R_CAPB]!;
      cbA[j + 2] = cv & 7;
      wcA[j + 2] = cv >> 3;
      if (f & F_LOWER) anyLower = true;
      if (f & (F_ALLCAP | F_CAP)) anyUpper = true;
    }
    for (let k = 0; k < 2; k++) {
      hlA[k] = PAD_L[k]!;
      hlA[n + 2 + k] = PAD_L[k + 2]!;
      shA[k] = padShape(k);
      shA[n + 2 + k] = padShape(k + 2);
      cbA[k] = 9;
      cbA[n + 2 + k] = 9;
      wcA[k] = 15;
      wcA[n + 2 + k] = 15;
      flA[k] = 0;
      flA[n + 2 + k] = 0;
    }
    this.gazetteer(n);
    // sentence-wide capitalisation context: 1 all upper-case (headline), 2 no capitals at all, 0 normal
    this.sentCase = anyUpper && !anyLower ? 1 : anyLower && !anyUpper ? 2 : 0;
  }

  /** Greedy longest match of capitalised token sequences against the gazetteer. */
  private gazetteer(n: number): void {
    const gm = this.gmask,
      gp = this.gpos,
      hl = this.hl,
      fl = this.fl,
      gz = this.gz,
      table = this.lex.gaz;
    gm.fill(0, 0, n);
    gp.fill(0, 0, n);
    for (let i = 0; i < n;) {
      if (!(fl[i + 2]! & F_CAP)) {
        i++;
        continue;
      }
      let h = GAZ_SEED,
        bestLen = 0,
        bestMask = 0;
      for (let L = 1; L <= GAZ_MAXLEN && i + L <= n; L++) {
        h = mix(h, hl[i + L + 1]! >>> 0);
        const m = lookup(table, h);
        if (m !== 0) {
          bestLen = L;
          bestMask = m;
        }
      }
      if (bestLen === 0) {
        i++;
        continue;
      }
      for (let k = 0; k < bestLen; k++) {
        gm[i + k] = bestMask;
        gp[i + k] = bestLen === 1 ? 4 : k === 0 ? 1 : k === bestLen - 1 ? 3 : 2;
      }
      i += bestLen;
    }
    gz[0] = gz[1] = gz[n + 2] = gz[n + 3] = 255;
    for (let i = 0; i < n; i++) gz[i + 2] = gm[i]! * 8 + gp[i]!;
  }

  /** Record id of token i's word type: the tagger caches local-feature scores under it. */
  typeId(i: number): number {
    return this.cacheId[this.slot[i]!]!;
  }

  /** Features that depend only on token i's characters. Returns the new count. */
  local(i: number, out: Int32Array, o: number): number {
    const r = this.rec,
      b = this.slot[i]! * R_SIZE;
    out[o++] = K[1]!; // bias
    out[o++] = Math.imul(K2 ^ r[b + R_HW]!, M1);
    out[o++] = Math.imul(K3 ^ r[b + R_HL]!, M1);
    const sh = r[b + R_SH]!;
    out[o++] = Math.imul(K4 ^ sh, M1);
    for (let k = 0; k < 4; k++) {
      const p = r[b + R_PRE + k]!,
        s = r[b + R_SUF + k]!;
      if (p) out[o++] = Math.imul(K[5 + k]! ^ p, M1);
      if (s) out[o++] = Math.imul(K[10 + k]! ^ s, M1);
    }
    const len = r[b + R_LEN]!;
    out[o++] = Math.imul(Math.imul(K50 ^ (len > 15 ? 15 : len), M1) ^ sh, M2);
    if (r[b + R_FL]! & F_HYPHEN) {
      out[o++] = Math.imul(K51 ^ r[b + R_HY]!, M1);
      out[o++] = Math.imul(K52 ^ r[b + R_HY + 1]!, M1);
    }
    return o;
  }

  /** hl / sh of the token at padded index p (0, 1, n + 2, n + 3 are the sentence padding). */
  hlAt(p: number): number {
    return this.hl[p]!;
  }
  shAt(p: number): number {
    return this.sh[p]!;
  }

  /**
   * Features of token i that combine it with its neighbours, gazetteer matches and sentence case.
   * (The single-neighbour word/shape features come from neighbourFeatures.)
   */
  context(i: number, out: Int32Array, o: number): number {
    const hl = this.hl,
      sh = this.sh,
      gz = this.gz,
      cb = this.cb;
    const j = i + 2; // padded index
    const fl = this.fl[j]!,
      sc = this.sentCase,
      pos = i < 3 ? i : 3;
    const l0 = hl[j]!,
      lm1 = hl[j - 1]!,
      lp1 = hl[j + 1]!;
    // (neighbour k contributes the hashes of hl and sh under salts K[20 + k], K[24 + k]: see neighbourFeatures)
    const s0 = sh[j]!,
      sm1 = sh[j - 1]!,
      sp1 = sh[j + 1]!;
    out[o++] = Math.imul(Math.imul(K28 ^ lm1, M1) ^ l0, M2);
    out[o++] = Math.imul(Math.imul(K29 ^ l0, M1) ^ lp1, M2);
    out[o++] = Math.imul(Math.imul(K30 ^ sm1, M1) ^ s0, M2);
    out[o++] = Math.imul(Math.imul(K31 ^ s0, M1) ^ sp1, M2);
    out[o++] = Math.imul(Math.imul(Math.imul(K32 ^ sm1, M1) ^ s0, M2) ^ sp1, M1);
    out[o++] = Math.imul(Math.imul(K33 ^ lm1, M1) ^ s0, M2);
    out[o++] = Math.imul(Math.imul(K34 ^ s0, M1) ^ lp1, M2);
    const gm = this.gmask[i]!,
      g0 = gz[j]!;
    if (gm) {
      for (let bit = 0; bit < 8; bit++) if (gm & (1 << bit)) out[o++] = Math.imul(K40 ^ (bit * 8 + this.gpos[i]!), M1);
      out[o++] = Math.imul(K41 ^ g0, M1);
    }
    out[o++] = Math.imul(K42 ^ gz[j - 1]!, M1);
    out[o++] = Math.imul(K43 ^ gz[j + 1]!, M1);
    out[o++] = Math.imul(Math.imul(K44 ^ gz[j - 1]!, M1) ^ (gz[j + 1]! + 1024 * (fl & 3)), M2);
    out[o++] = Math.imul(K45 ^ (sc * 64 + pos * 16 + (fl & 15)), M1);
    out[o++] = Math.imul(Math.imul(K46 ^ (sc * 16 + pos), M1) ^ s0, M2);
    out[o++] = Math.imul(K47 ^ (cb[j]! * 64 + sc * 16 + pos * 4 + (fl & 3)), M1);
    out[o++] = Math.imul(K48 ^ (cb[j - 1]! * 16 + cb[j]! * 256 + cb[j + 1]!), M1);
    if (sc !== 0) out[o++] = Math.imul(Math.imul(K49 ^ sc, M1) ^ l0, M2);
    out[o++] = Math.imul(Math.imul(K53 ^ s0, M1) ^ (g0 * 16 + cb[j]!), M2);
    const wc = this.wc;
    out[o++] = Math.imul(K54 ^ (wc[j]! * 64 + sc * 16 + pos * 4 + (fl & 3)), M1);
    out[o++] = Math.imul(K55 ^ (wc[j - 1]! * 16 + wc[j]! * 256 + wc[j + 1]!), M1);
    return o;
  }

  /** prepare + all features of every token into feats/nfeat (training and tests). */
  extract(text: string, tokens: readonly Token[], from: number, n: number): void {
    this.prepare(text, tokens, from, n);
    for (let i = 0; i < n; i++) {
      const b = i * MAXF;
      let o = this.local(i, this.feats, b);
      for (let k = 0; k < 4; k++) {
        const p = i + 2 + NB_OFFSETS[k]!;
        o = neighbourFeatures(k, this.hl[p]!, this.sh[p]!, this.feats, o);
      }
      o = this.context(i, this.feats, o);
      this.nfeat[i] = o - b;
    }
  }
}

/** Relative positions of the single-neighbour templates k = 0..3. */
export const NB_OFFSETS: readonly number[] = [-1, 1, -2, 2];

/**
 * Features that the word with hashes (hl, sh) contributes to the token at distance -NB_OFFSETS[k]:
 * they depend only on the word type, so the tagger caches their weight sums per word type.
 */
export function neighbourFeatures(k: number, hl: number, sh: number, out: Int32Array, o: number): number {
  out[o++] = Math.imul(K[20 + k]! ^ hl, M1);
  out[o++] = Math.imul(K[24 + k]! ^ sh, M1);
  return o;
}
