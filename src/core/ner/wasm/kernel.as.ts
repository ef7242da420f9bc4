// AssemblyScript source of the tagger's WebAssembly kernel (compiled by scripts/build-wasm.mjs into
// kernel.wasm.generated.ts; not part of the TypeScript build).
//
// Why WebAssembly: a page's (or a fresh process's) first call of the JavaScript tagger runs in
// V8's interpreter, about 40 times slower than the compiled code, and the optimising compiler's
// work on the hot loops competes with that call for the CPU. WebAssembly is compiled before it
// runs, so the first article is tagged at full speed.
//
// It is a line-by-line port of FeatureExtractor.prepare/local/context (features.ts) and of
// NerTagger.chunk with Decoder.decode9/marginsAgainst (tagger.ts, viterbi.ts): same hashes, same
// features, same integer sums, same tie-breaking. wasm-tagger.test.ts checks that both give
// identical output. Change one, change the other.
//
// Memory: this module owns the fixed work areas from __heap_base to workEnd(); the JavaScript
// side puts the model and each call's input/output after them and passes their addresses.

@external("env", "lowerCode") declare function jsLowerCode(c: i32): i32;
@external("env", "isUpper") declare function jsIsUpper(c: i32): i32;
@external("env", "isWordChar") declare function jsIsWordChar(c: i32): i32; // charClass(c) === C_WORD

const NT = 9;
const TS = 45; // i32 per type record in TYPESUM: 9 local sums, then 4 x 9 neighbour sums
const MAXF = 64;
const MAX_SENT = 120;
const CACHE_BITS = 13;
const CACHE = 1 << CACHE_BITS;
const R_HW = 0, R_LEN = 1, R_HL = 2, R_SH = 3, R_FL = 4, R_CAPB = 5, R_HY = 6, R_PRE = 8, R_SUF = 12, R_SIZE = 16;
const GAZ_MAXLEN = 6;
const GAZ_SEED: i32 = 0x3c6ef372;
const FNV_OFFSET: i32 = <i32>0x811c9dc5;
const FNV_PRIME: i32 = 0x01000193;
const M1: i32 = <i32>0x9e3779b1, M2: i32 = <i32>0x85ebca77;
const Q_BITS = 10;
const F_CAP = 1, F_ALLCAP = 2, F_DIGIT = 4, F_LETTER = 8, F_LOWER = 16, F_HYPHEN = 32;
const NB0 = -1, NB1 = 1, NB2 = -2, NB3 = 2; // NB_OFFSETS

// ---- fixed work areas (byte addresses) ----
const REC: usize = (__heap_base + 15) & ~15;
const CACHE_ID: usize = REC + CACHE * R_SIZE * 4;
const STAMP: usize = CACHE_ID + CACHE * 4;
const TYPESUM: usize = STAMP + CACHE * 4;
const LOCAL_ID: usize = TYPESUM + CACHE * TS * 4;
const SLOT: usize = LOCAL_ID + CACHE * 4;
const PADDED = MAX_SENT + 4;
const HL: usize = SLOT + MAX_SENT * 4;
const SH: usize = HL + PADDED * 4;
const GZ: usize = SH + PADDED * 4;
const CB: usize = GZ + PADDED * 4;
const WC: usize = CB + PADDED * 4;
const FL: usize = WC + PADDED * 4;
const GMASK: usize = FL + PADDED * 4;
const GPOS: usize = GMASK + MAX_SENT * 4;
const FBUF: usize = GPOS + MAX_SENT * 4;
const PADSUM: usize = FBUF + MAXF * 4;
const EMIT: usize = PADSUM + 144 * 4;
const ALPHA: usize = EMIT + MAX_SENT * NT * 4;
const BETA: usize = ALPHA + MAX_SENT * NT * 4;
const BACK: usize = BETA + MAX_SENT * NT * 4;
const TAGS: usize = BACK + MAX_SENT * NT * 4;
const EC: usize = TAGS + MAX_SENT * 4;
const TRANS: usize = EC + 16 * 4;
const MARGINS: usize = (TRANS + 112 * 4 + 7) & ~7; // f64
const WORK_END: usize = MARGINS + MAX_SENT * 8;

// ---- model (set by init) ----
let W: usize = 0; // i8 weights, 9 per row
let SHIFT: u32 = 0;
let GAZ_KEYS: usize = 0, GAZ_VALS: usize = 0, GAZ_MASK: u32 = 0;
let CAPS_KEYS: usize = 0, CAPS_VALS: usize = 0, CAPS_MASK: u32 = 0;

// ---- per-call state ----
let TEXT: usize = 0; // u16 code units of the current block
let nextId: i32 = 1;
let callNo: i32 = 0;
let sentCase: i32 = 0;

/** Address where the JavaScript side may start placing data. */
export function workEnd(): usize { return WORK_END; }
/** Where the JavaScript side writes the 11 x 9 fixed-point transition scores (tagger.ts). */
export function transPtr(): usize { return TRANS; }

@inline function gi(base: usize, i: i32): i32 { return load<i32>(base + (<usize>i << 2)); }
@inline function si(base: usize, i: i32, v: i32): void { store<i32>(base + (<usize>i << 2), v); }
@inline function ch(k: i32): i32 { return <i32>load<u16>(TEXT + (<usize>k << 1)); }
/** hash.ts K[k]: per-template salt */
@inline function K(k: i32): i32 { return ((k * 2 + 1) * 0x27d4eb2d) ^ 0x165667b1; }

@inline function mix(a: i32, b: i32): i32 {
  let h = ((a + <i32>0x9e3779b9) ^ b) * <i32>0x85ebca6b;
  h ^= <i32>(<u32>h >>> 13);
  h = h * <i32>0xc2b2ae35;
  return h ^ <i32>(<u32>h >>> 16);
}

function lookup(keys: usize, vals: usize, mask: u32, key: i32): i32 {
  const k: u32 = key == 0 ? 1 : <u32>key;
  let i: u32 = (k ^ (k >>> 16)) & mask;
  while (true) {
    const s = load<u32>(keys + (<usize>i << 2));
    if (s == k) return <i32>load<u8>(vals + <usize>i);
    if (s == 0) return 0;
    i = (i + 1) & mask;
  }
  return 0;
}

function normCode(c: i32): i32 {
  if (c < 128) return c;
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x00b4:
      return 39;
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x00ab: case 0x00bb: case 0x2033:
      return 34;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return 45;
    case 0x00a0:
      return 32;
    default:
      return c;
  }
}

@inline function lowerCode(c: i32): i32 {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  return jsLowerCode(c);
}

@inline function isUpper(c: i32): bool {
  if (c < 128) return c >= 65 && c <= 90;
  return jsIsUpper(c) != 0;
}

function tokenKey(s: i32, e: i32): i32 {
  let h = FNV_OFFSET;
  for (let k = s; k < e; k++) h = (h ^ lowerCode(normCode(ch(k)))) * FNV_PRIME;
  return h;
}

function wordHash(s: i32, e: i32): i32 {
  let hw = FNV_OFFSET;
  for (let k = s; k < e; k++) {
    const c = ch(k);
    hw = (hw ^ (c < 128 ? c : normCode(c))) * FNV_PRIME;
  }
  return hw;
}

function fillType(s: i32, e: i32, hw: i32, slot: i32): void {
  const b: usize = REC + <usize>(slot * R_SIZE) * 4;
  let hl = FNV_OFFSET, sh = FNV_OFFSET, hyFirst = 0, hyLast = FNV_OFFSET;
  let lastCls = -1, segs = 0, fl = 0;
  let hasLower = false, hasUpper = false;
  for (let k = s; k < e; k++) {
    const c0 = ch(k);
    const c = c0 < 128 ? c0 : normCode(c0);
    const ascii = c < 128;
    const lc = ascii ? (c >= 65 && c <= 90 ? c | 32 : c) : jsLowerCode(c);
    hl = (hl ^ lc) * FNV_PRIME;
    const o = k - s;
    if (o < 4) si(b, R_PRE + o, mix(o + 1, hl));
    let cls: i32;
    if (c >= 48 && c <= 57) { cls = 100; fl |= F_DIGIT; }
    else if (ascii ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : jsIsWordChar(c) != 0) {
      fl |= F_LETTER;
      if (ascii ? c <= 90 : jsIsUpper(c) != 0) { cls = 88; hasUpper = true; }
      else if (lc == c && c < 0x2e80) { cls = 120; hasLower = true; }
      else cls = 99;
    } else {
      cls = c;
      if (c == 45) { fl |= F_HYPHEN; if (hyFirst == 0) hyFirst = hl; hyLast = FNV_OFFSET; }
    }
    if (c != 45) hyLast = (hyLast ^ lc) * FNV_PRIME;
    if (cls != lastCls && segs < 8) { sh = (sh ^ cls) * FNV_PRIME; segs++; lastCls = cls; }
  }
  const n = e - s;
  for (let o = n; o < 4; o++) si(b, R_PRE + o, 0);
  let hs = FNV_OFFSET;
  for (let o = 0; o < 4; o++) {
    if (o < n) { hs = (hs ^ lowerCode(normCode(ch(e - 1 - o)))) * FNV_PRIME; si(b, R_SUF + o, mix(o + 11, hs)); }
    else si(b, R_SUF + o, 0);
  }
  if (hasUpper && isUpper(normCode(ch(s)))) fl |= F_CAP;
  if (hasUpper && !hasLower) fl |= F_ALLCAP;
  if (hasLower) fl |= F_LOWER;
  si(b, R_HW, hw);
  si(b, R_LEN, n);
  si(b, R_HL, hl);
  si(b, R_SH, sh);
  si(b, R_FL, fl);
  let cv = lookup(CAPS_KEYS, CAPS_VALS, CAPS_MASK, hl);
  if (cv == 0 && n > 1 && ch(e - 1) == 46) cv = lookup(CAPS_KEYS, CAPS_VALS, CAPS_MASK, tokenKey(s, e - 1));
  si(b, R_CAPB, cv);
  si(b, R_HY, hyFirst);
  si(b, R_HY + 1, fl & F_HYPHEN ? hyLast : 0);
  si(CACHE_ID, slot, nextId++);
}

const PAD0: i32 = 0x1b873593, PAD1: i32 = 0x2f3a4d5b, PAD2: i32 = 0x51d2a3e7, PAD3: i32 = 0x7a1c3e95;
@inline function padHash(k: i32): i32 { return k == 0 ? PAD0 : k == 1 ? PAD1 : k == 2 ? PAD2 : PAD3; }

/** FeatureExtractor.prepare for the n tokens at toks (pairs of block-relative start, end). */
function prepare(toks: usize, n: i32): void {
  const call = ++callNo;
  let anyLower = false, anyUpper = false;
  for (let j = 0; j < n; j++) {
    const s = load<i32>(toks + (<usize>j << 3)), e = load<i32>(toks + (<usize>j << 3), 4);
    const hw = wordHash(s, e);
    let slot = (hw ^ <i32>(<u32>hw >>> CACHE_BITS) ^ (e - s)) & (CACHE - 1);
    while (true) {
      const rb: usize = REC + <usize>(slot * R_SIZE) * 4;
      if (load<i32>(rb) == hw && load<i32>(rb, R_LEN * 4) == e - s && gi(CACHE_ID, slot) != 0) break;
      if (gi(STAMP, slot) != call) { fillType(s, e, hw, slot); break; }
      slot = (slot + 1) & (CACHE - 1);
    }
    si(STAMP, slot, call);
    const rb: usize = REC + <usize>(slot * R_SIZE) * 4;
    si(SLOT, j, slot);
    si(HL, j + 2, load<i32>(rb, R_HL * 4));
    si(SH, j + 2, load<i32>(rb, R_SH * 4));
    const f = load<i32>(rb, R_FL * 4);
    si(FL, j + 2, f);
    const cv = load<i32>(rb, R_CAPB * 4);
    si(CB, j + 2, cv & 7);
    si(WC, j + 2, cv >> 3);
    if (f & F_LOWER) anyLower = true;
    if (f & (F_ALLCAP | F_CAP)) anyUpper = true;
  }
  for (let k = 0; k < 2; k++) {
    si(HL, k, padHash(k)); si(HL, n + 2 + k, padHash(k + 2));
    si(SH, k, padHash(k) ^ 7); si(SH, n + 2 + k, padHash(k + 2) ^ 7);
    si(CB, k, 9); si(CB, n + 2 + k, 9);
    si(WC, k, 15); si(WC, n + 2 + k, 15);
    si(FL, k, 0); si(FL, n + 2 + k, 0);
  }
  gazetteer(n);
  sentCase = anyUpper && !anyLower ? 1 : anyLower && !anyUpper ? 2 : 0;
}

function gazetteer(n: i32): void {
  for (let i = 0; i < n; i++) { si(GMASK, i, 0); si(GPOS, i, 0); }
  for (let i = 0; i < n; ) {
    if (!(gi(FL, i + 2) & F_CAP)) { i++; continue; }
    let h = GAZ_SEED, bestLen = 0, bestMask = 0;
    for (let L = 1; L <= GAZ_MAXLEN && i + L <= n; L++) {
      h = mix(h, gi(HL, i + L + 1));
      const m = lookup(GAZ_KEYS, GAZ_VALS, GAZ_MASK, h);
      if (m != 0) { bestLen = L; bestMask = m; }
    }
    if (bestLen == 0) { i++; continue; }
    for (let k = 0; k < bestLen; k++) {
      si(GMASK, i + k, bestMask);
      si(GPOS, i + k, bestLen == 1 ? 4 : k == 0 ? 1 : k == bestLen - 1 ? 3 : 2);
    }
    i += bestLen;
  }
  si(GZ, 0, 255); si(GZ, 1, 255); si(GZ, n + 2, 255); si(GZ, n + 3, 255);
  for (let i = 0; i < n; i++) si(GZ, i + 2, gi(GMASK, i) * 8 + gi(GPOS, i));
}

/** FeatureExtractor.local into FBUF; returns the count. */
function local(i: i32): i32 {
  const b: usize = REC + <usize>(gi(SLOT, i) * R_SIZE) * 4;
  let o = 0;
  si(FBUF, o++, K(1));
  si(FBUF, o++, (K(2) ^ load<i32>(b, R_HW * 4)) * M1);
  si(FBUF, o++, (K(3) ^ load<i32>(b, R_HL * 4)) * M1);
  const sh = load<i32>(b, R_SH * 4);
  si(FBUF, o++, (K(4) ^ sh) * M1);
  for (let k = 0; k < 4; k++) {
    const p = gi(b, R_PRE + k), s = gi(b, R_SUF + k);
    if (p) si(FBUF, o++, (K(5 + k) ^ p) * M1);
    if (s) si(FBUF, o++, (K(10 + k) ^ s) * M1);
  }
  const len = load<i32>(b, R_LEN * 4);
  si(FBUF, o++, (((K(50) ^ (len > 15 ? 15 : len)) * M1) ^ sh) * M2);
  if (load<i32>(b, R_FL * 4) & F_HYPHEN) {
    si(FBUF, o++, (K(51) ^ load<i32>(b, R_HY * 4)) * M1);
    si(FBUF, o++, (K(52) ^ load<i32>(b, (R_HY + 1) * 4)) * M1);
  }
  return o;
}

/** neighbourFeatures(k, hl, sh) into FBUF[0..2). */
@inline function neighbour(k: i32, hl: i32, sh: i32): i32 {
  si(FBUF, 0, (K(20 + k) ^ hl) * M1);
  si(FBUF, 1, (K(24 + k) ^ sh) * M1);
  return 2;
}

/** FeatureExtractor.context into FBUF; returns the count. */
function context(i: i32): i32 {
  const j = i + 2;
  const fl = gi(FL, j), sc = sentCase, pos = i < 3 ? i : 3;
  const l0 = gi(HL, j), lm1 = gi(HL, j - 1), lp1 = gi(HL, j + 1);
  const s0 = gi(SH, j), sm1 = gi(SH, j - 1), sp1 = gi(SH, j + 1);
  let o = 0;
  si(FBUF, o++, (((K(28) ^ lm1) * M1) ^ l0) * M2);
  si(FBUF, o++, (((K(29) ^ l0) * M1) ^ lp1) * M2);
  si(FBUF, o++, (((K(30) ^ sm1) * M1) ^ s0) * M2);
  si(FBUF, o++, (((K(31) ^ s0) * M1) ^ sp1) * M2);
  si(FBUF, o++, (((((K(32) ^ sm1) * M1) ^ s0) * M2) ^ sp1) * M1);
  si(FBUF, o++, (((K(33) ^ lm1) * M1) ^ s0) * M2);
  si(FBUF, o++, (((K(34) ^ s0) * M1) ^ lp1) * M2);
  const gm = gi(GMASK, i), g0 = gi(GZ, j);
  if (gm) {
    const gp = gi(GPOS, i);
    for (let bit = 0; bit < 8; bit++) if (gm & (1 << bit)) si(FBUF, o++, (K(40) ^ (bit * 8 + gp)) * M1);
    si(FBUF, o++, (K(41) ^ g0) * M1);
  }
  const gzm = gi(GZ, j - 1), gzp = gi(GZ, j + 1);
  si(FBUF, o++, (K(42) ^ gzm) * M1);
  si(FBUF, o++, (K(43) ^ gzp) * M1);
  si(FBUF, o++, (((K(44) ^ gzm) * M1) ^ (gzp + 1024 * (fl & 3))) * M2);
  si(FBUF, o++, (K(45) ^ (sc * 64 + pos * 16 + (fl & 15))) * M1);
  si(FBUF, o++, (((K(46) ^ (sc * 16 + pos)) * M1) ^ s0) * M2);
  const cb0 = gi(CB, j);
  si(FBUF, o++, (K(47) ^ (cb0 * 64 + sc * 16 + pos * 4 + (fl & 3))) * M1);
  si(FBUF, o++, (K(48) ^ (gi(CB, j - 1) * 16 + cb0 * 256 + gi(CB, j + 1))) * M1);
  if (sc != 0) si(FBUF, o++, (((K(49) ^ sc) * M1) ^ l0) * M2);
  si(FBUF, o++, (((K(53) ^ s0) * M1) ^ (g0 * 16 + cb0)) * M2);
  const wc0 = gi(WC, j);
  si(FBUF, o++, (K(54) ^ (wc0 * 64 + sc * 16 + pos * 4 + (fl & 3))) * M1);
  si(FBUF, o++, (K(55) ^ (gi(WC, j - 1) * 16 + wc0 * 256 + gi(WC, j + 1))) * M1);
  return o;
}

/** Adds the weight rows of FBUF[0..nf) to the 9 sums at out. */
function addRows(nf: i32, out: usize): void {
  let s0 = gi(out, 0), s1 = gi(out, 1), s2 = gi(out, 2), s3 = gi(out, 3), s4 = gi(out, 4);
  let s5 = gi(out, 5), s6 = gi(out, 6), s7 = gi(out, 7), s8 = gi(out, 8);
  for (let k = 0; k < nf; k++) {
    const r: usize = W + <usize>((<u32>gi(FBUF, k) >>> SHIFT) * 9);
    s0 += <i32>load<i8>(r); s1 += <i32>load<i8>(r, 1); s2 += <i32>load<i8>(r, 2);
    s3 += <i32>load<i8>(r, 3); s4 += <i32>load<i8>(r, 4); s5 += <i32>load<i8>(r, 5);
    s6 += <i32>load<i8>(r, 6); s7 += <i32>load<i8>(r, 7); s8 += <i32>load<i8>(r, 8);
  }
  si(out, 0, s0); si(out, 1, s1); si(out, 2, s2); si(out, 3, s3); si(out, 4, s4);
  si(out, 5, s5); si(out, 6, s6); si(out, 7, s7); si(out, 8, s8);
}

@inline function clear9(out: usize): void {
  for (let t = 0; t < 9; t++) si(out, t, 0);
}

/** Sets the model's addresses and precomputes the padding sums (NerTagger constructor); once per instance. */
export function init(w: usize, hashBits: i32, gazKeys: usize, gazVals: usize, gazCap: i32, capsKeys: usize, capsVals: usize, capsCap: i32): void {
  W = w; SHIFT = <u32>(32 - hashBits);
  GAZ_KEYS = gazKeys; GAZ_VALS = gazVals; GAZ_MASK = <u32>(gazCap - 1);
  CAPS_KEYS = capsKeys; CAPS_VALS = capsVals; CAPS_MASK = <u32>(capsCap - 1);
  for (let p = 0; p < 4; p++)
    for (let k = 0; k < 4; k++) {
      const out = PADSUM + <usize>((p * 4 + k) * 9) * 4;
      clear9(out);
      addRows(neighbour(k, padHash(p), padHash(p) ^ 7), out);
    }
  // the cache areas start zeroed: a new instance's memory is, and init runs once per instance
}

@inline function nbOffset(k: i32): i32 { return k == 0 ? NB0 : k == 1 ? NB1 : k == 2 ? NB2 : NB3; }

function typeSums(n: i32): void {
  for (let i = 0; i < n; i++) {
    const slot = gi(SLOT, i), id = gi(CACHE_ID, slot);
    if (gi(LOCAL_ID, slot) == id) continue;
    const base: usize = TYPESUM + <usize>(slot * TS) * 4;
    clear9(base);
    addRows(local(i), base);
    for (let k = 0; k < 4; k++) {
      const out = base + <usize>(9 + k * 9) * 4;
      clear9(out);
      addRows(neighbour(k, gi(HL, i + 2), gi(SH, i + 2)), out);
    }
    si(LOCAL_ID, slot, id);
  }
}

function emissions(n: i32): void {
  for (let i = 0; i < n; i++) {
    const e: usize = EMIT + <usize>(i * 9) * 4;
    const lb: usize = TYPESUM + <usize>(gi(SLOT, i) * TS) * 4;
    for (let t = 0; t < 9; t++) si(e, t, gi(lb, t));
    for (let k = 0; k < 4; k++) {
      const p = i + nbOffset(k);
      let src: usize;
      if (p >= 0 && p < n) src = TYPESUM + <usize>(gi(SLOT, p) * TS + 9 + k * 9) * 4;
      else src = PADSUM + <usize>((((p < 0 ? p + 2 : p - n + 2) * 4) + k) * 9) * 4;
      for (let t = 0; t < 9; t++) si(e, t, gi(e, t) + gi(src, t));
    }
    addRows(context(i), e);
    for (let t = 0; t < 9; t++) si(e, t, gi(e, t) << Q_BITS);
  }
}

// Viterbi and max-marginals in i64: the JavaScript decoder adds int32 scores as doubles (exact,
// never wrapping) and stores into Int32Arrays (wrapping); i64 sums stored as i32 do the same.
@inline function tr(k: i32): i64 { return <i64>gi(TRANS, k); }
@inline function al(k: i32): i64 { return <i64>gi(ALPHA, k); }
@inline function em(k: i32): i64 { return <i64>gi(EMIT, k); }

function decode9(n: i32): i64 {
  for (let t = 0; t < 9; t++) si(ALPHA, t, <i32>(tr(81 + t) + em(t)));
  for (let i = 1; i < n; i++) {
    const o = i * 9, po = o - 9;
    for (let t = 0; t < 9; t += t == 0 ? 1 : 2) {
      let best = al(po) + tr(t), arg = 0;
      for (let p = 1; p < 9; p++) {
        const v = al(po + p) + tr(p * 9 + t);
        if (v > best) { best = v; arg = p; }
      }
      si(ALPHA, o + t, <i32>(best + em(o + t)));
      store<u8>(BACK + <usize>(o + t), <u8>arg);
    }
    for (let t = 2; t < 9; t += 2) {
      const v1 = al(po + t - 1) + tr((t - 1) * 9 + t), v2 = al(po + t) + tr(t * 9 + t);
      if (v1 >= v2) { si(ALPHA, o + t, <i32>(v1 + em(o + t))); store<u8>(BACK + <usize>(o + t), <u8>(t - 1)); }
      else { si(ALPHA, o + t, <i32>(v2 + em(o + t))); store<u8>(BACK + <usize>(o + t), <u8>t); }
    }
  }
  const lo = (n - 1) * 9;
  let best: i64 = i64.MIN_VALUE, arg = 0;
  for (let t = 0; t < 9; t++) {
    const v = al(lo + t) + tr(90 + t);
    if (v > best) { best = v; arg = t; }
  }
  store<u8>(TAGS + <usize>(n - 1), <u8>arg);
  for (let i = n - 1; i > 0; i--) {
    const next = <i32>load<u8>(TAGS + <usize>i);
    store<u8>(TAGS + <usize>(i - 1), load<u8>(BACK + <usize>(i * 9 + next)));
  }
  return best;
}

function marginsAgainst(n: i32, best: i64, from: i32): void {
  const lo = (n - 1) * 9;
  for (let t = 0; t < 9; t++) si(BETA, lo + t, gi(TRANS, 90 + t));
  for (let i = n - 2; i >= from; i--) {
    const x = i * 9, nx = x + 9;
    for (let c = 0; c < 9; c++) si(EC, c, <i32>(em(nx + c) + <i64>gi(BETA, nx + c)));
    const e0 = <i64>gi(EC, 0), e1 = <i64>gi(EC, 1), e3 = <i64>gi(EC, 3), e5 = <i64>gi(EC, 5), e7 = <i64>gi(EC, 7);
    for (let t = 0; t < 9; t++) {
      const r = t * 9;
      let m = tr(r) + e0, v: i64;
      v = tr(r + 1) + e1; if (v > m) m = v;
      v = tr(r + 3) + e3; if (v > m) m = v;
      v = tr(r + 5) + e5; if (v > m) m = v;
      v = tr(r + 7) + e7; if (v > m) m = v;
      if (t > 0) {
        const it = t + (t & 1);
        v = tr(r + it) + <i64>gi(EC, it); if (v > m) m = v;
      }
      si(BETA, x + t, <i32>m);
    }
  }
  for (let i = from; i < n; i++) store<f64>(MARGINS + (<usize>i << 3), <f64>(best - (al(i * 9) + <i64>gi(BETA, i * 9))));
}

/**
 * Tags the chunks of one block. text: u16 code units; toks: (start, end) i32 pairs relative to
 * text; chunks: (first token, count) i32 pairs, count <= MAX_SENT; out: per mention 24 bytes
 * (first token, last token, type 0..3, unused, f64 margin in fixed point). Returns the count.
 */
export function tagChunks(text: usize, toks: usize, chunks: usize, nChunks: i32, out: usize): i32 {
  TEXT = text;
  let nOut = 0;
  for (let c = 0; c < nChunks; c++) {
    const from = load<i32>(chunks + (<usize>c << 3)), n = load<i32>(chunks + (<usize>c << 3), 4);
    if (n <= 0) continue;
    prepare(toks + (<usize>from << 3), n);
    typeSums(n);
    emissions(n);
    const best = decode9(n);
    let first = -1;
    for (let i = 0; i < n; i++) if (load<u8>(TAGS + <usize>i) != 0) { first = i; break; }
    if (first < 0) continue;
    marginsAgainst(n, best, first);
    for (let i = first; i < n; ) {
      const t = <i32>load<u8>(TAGS + <usize>i);
      if (t == 0) { i++; continue; } // B-X or I-X alike start a span, as in tagger.ts
      const ty = (t - 1) >> 1;
      let j = i + 1, min = load<f64>(MARGINS + (<usize>i << 3));
      while (j < n) {
        const u = <i32>load<u8>(TAGS + <usize>j);
        if (!(u > 0 && (u & 1) == 0 && ((u - 1) >> 1) == ty)) break;
        const mj = load<f64>(MARGINS + (<usize>j << 3));
        if (mj < min) min = mj;
        j++;
      }
      const ob: usize = out + <usize>nOut * 24;
      store<i32>(ob, from + i);
      store<i32>(ob, from + j - 1, 4);
      store<i32>(ob, ty, 8);
      store<i32>(ob, 0, 12);
      store<f64>(ob, min, 16);
      nOut++;
      i = j;
    }
  }
  return nOut;
}
