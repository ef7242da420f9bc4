// Inference: sentence -> hashed features -> int8 emission sums -> constrained Viterbi -> spans.
// All buffers are reused across sentences; nothing here allocates per token except the Token list.
// This is the JavaScript implementation; wasm-tagger.ts runs the same steps as WebAssembly.
import { bucketShift, FeatureExtractor, MAXF, NB_OFFSETS, neighbourFeatures, PAD_HASHES, padShape, TYPE_CACHE } from './features.ts';
import { readModel, type ModelData } from './model-format.ts';
import { splitSentences, MAX_SENT, type Sentence } from './sentences.ts';
import { allowed, isB, isI, NTAGS, TYPES, typeOf, type TagType } from './tags.ts';
import { tokenizeRange, type Token } from './tokenize.ts';
import { Decoder } from './viterbi.ts';

const TS = 45; // Int32 slots per type record in typeSum
const BLOCK = 8192; // characters per block in tag()
const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x3000;

export interface RawMention {
  start: number;
  end: number;
  type: TagType;
  /** margin of the decoded path over the best path that leaves the weakest span token untagged (model units); higher = surer */
  score: number;
}

export interface Tagger {
  tag(text: string): RawMention[];
  tagSentences(text: string, sentences: Sentence[]): RawMention[];
  /** which implementation runs: the WebAssembly kernel or the JavaScript one (same output) */
  readonly kind: 'wasm' | 'js';
}

/**
 * Fixed point of the decoder's integer scores: emission sums (whole weight units) and
 * transitions (rounded to 1/Q unit) are multiplied by Q. Bounds: |emission| <= 64 features x 127
 * = 8128 units and |transition| < 1000, so a path of MAX_SENT + 1 steps stays below
 * 121 x 9128 x Q ~ 1.13e9, inside int32 (and V8's small integers on 64-bit Node);
 * the forbidden-transition penalty adds at most one NEG_Q.
 */
const Q_BITS = 10;
const Q = 1 << Q_BITS;
const NEG_Q = -(1 << 29);

/** The model's transitions in the decoder's fixed point, forbidden BIO moves penalised. */
export function fixedTransitions(m: ModelData): Int32Array {
  const T = NTAGS;
  const trans = new Int32Array((T + 2) * T);
  for (let p = 0; p <= T + 1; p++)
    for (let c = 0; c < T; c++) {
      const t = m.trans[p * T + c]!;
      if (!(Math.abs(t) < 1000)) throw new Error('ner model: transition weight out of range');
      trans[p * T + c] = Math.round(t * Q) + (p <= T && !allowed(p, c) ? NEG_Q : 0);
    }
  return trans;
}

/** A span's score: its margin in model units, to 3 decimals. */
export const marginScore = (fixedMargin: number, scale: number) => Math.round((fixedMargin / Q) * scale * 1000) / 1000;

/**
 * tag() in blocks, shared by both implementations: each block's Token objects die young (far
 * less GC on big inputs). A block ends at a newline (a hard sentence break) when one is near; a
 * longer line is cut at whitespace and its last, possibly unfinished, sentence is carried into
 * the next block.
 */
export abstract class BlockTagger implements Tagger {
  abstract readonly kind: 'wasm' | 'js';
  protected abstract tagInto(text: string, sentences: Sentence[], out: RawMention[]): RawMention[];

  tag(text: string): RawMention[] {
    const out: RawMention[] = [];
    if (typeof text !== 'string' || text.length === 0) return out;
    const n = text.length;
    for (let from = 0; from < n;) {
      let to = text.indexOf('\n', from + BLOCK);
      if (to < 0) to = n;
      if (to - from <= 4 * BLOCK) {
        this.tagInto(text, splitSentences(text, tokenizeRange(text, from, to, [])), out);
        from = to;
        continue;
      }
      let cut = from + BLOCK;
      const limit = Math.min(to, cut + BLOCK);
      while (cut < limit && !isSpace(text.charCodeAt(cut))) cut++;
      if (cut === limit && cut < to) {
        cut = from + BLOCK; // no whitespace nearby (unspaced script or junk): cut anywhere,
        if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut++; // but not inside a surrogate pair
      }
      const sents = splitSentences(text, tokenizeRange(text, from, cut, []));
      if (sents.length > 1) {
        const last = sents.pop()!;
        this.tagInto(text, sents, out);
        from = last.start;
      } else {
        this.tagInto(text, sents, out);
        from = cut;
      }
    }
    return out;
  }

  tagSentences(text: string, sentences: Sentence[]): RawMention[] {
    return this.tagInto(text, sentences, []);
  }
}

class NerTagger extends BlockTagger {
  readonly kind = 'js' as const;
  private readonly fx: FeatureExtractor;
  private readonly dec = new Decoder(NTAGS, Int32Array);
  private readonly trans: Int32Array;
  private readonly shift: number;
  private emit = new Int32Array(MAX_SENT * NTAGS);
  private tags = new Uint8Array(MAX_SENT);
  private margins = new Float64Array(MAX_SENT);
  private fbuf = new Int32Array(MAXF);
  /** per type record: 9 local sums, then 4 x 9 sums as neighbour k (see NB_OFFSETS) */
  // Integer sums (int8 weights, at most 64 features: no overflow): in V8's interpreter, which runs
  // the first call, small integers stay unboxed while every double result would be a heap number.
  private typeSum = new Int32Array(TYPE_CACHE * TS);
  private localId = new Int32Array(TYPE_CACHE);
  /** the same neighbour sums for the 4 sentence-padding positions */
  private padSum = new Int32Array(4 * 4 * 9);

  constructor(private readonly m: ModelData) {
    super();
    if (m.T !== NTAGS || NTAGS !== 9) throw new Error('ner model: expected 9 BIO tags, got ' + m.T);
    this.fx = new FeatureExtractor({ gaz: m.gaz, caps: m.caps });
    this.shift = bucketShift(m.hashBits);
    this.trans = fixedTransitions(m);
    for (let p = 0; p < 4; p++)
      for (let k = 0; k < 4; k++) this.sumRows(this.fbuf, neighbourFeatures(k, PAD_HASHES[p]!, padShape(p), this.fbuf, 0), this.padSum, (p * 4 + k) * 9);
  }

  /** out[o..o+9) = sum of the weight rows of features f[0..nf). */
  private sumRows(f: Int32Array, nf: number, out: Int32Array, o: number): void {
    const W = this.m.weights,
      shift = this.shift;
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0;
    for (let k = 0; k < nf; k++) {
      const r = (f[k]! >>> shift) * 9;
      s0 += W[r]!;
      s1 += W[r + 1]!;
      s2 += W[r + 2]!;
      s3 += W[r + 3]!;
      s4 += W[r + 4]!;
      s5 += W[r + 5]!;
      s6 += W[r + 6]!;
      s7 += W[r + 7]!;
      s8 += W[r + 8]!;
    }
    out[o] = s0;
    out[o + 1] = s1;
    out[o + 2] = s2;
    out[o + 3] = s3;
    out[o + 4] = s4;
    out[o + 5] = s5;
    out[o + 6] = s6;
    out[o + 7] = s7;
    out[o + 8] = s8;
  }

  protected tagInto(text: string, sentences: Sentence[], out: RawMention[]): RawMention[] {
    for (const s of sentences) {
      const toks = s.tokens;
      // sentences from elsewhere may be long: decode in bounded chunks (linear time)
      for (let from = 0; from < toks.length; from += MAX_SENT) {
        this.chunk(text, toks, from, Math.min(MAX_SENT, toks.length - from), out);
      }
    }
    return out;
  }

  private chunk(text: string, toks: readonly Token[], from: number, n: number, out: RawMention[]): void {
    // Split into small methods on purpose: smaller functions keep the JIT's compile work (which
    // competes with the first call on a busy machine) down.
    this.fx.prepare(text, toks, from, n);
    this.typeSums(n);
    this.emissions(n);
    const tags = this.tags;
    const best = this.dec.decode(n, this.emit, this.trans, tags);
    let first = -1;
    for (let i = 0; i < n; i++)
      if (tags[i] !== 0) {
        first = i;
        break;
      }
    if (first < 0) return;
    this.dec.marginsAgainst(n, this.emit, this.trans, best, 0, this.margins, first);
    this.spans(toks, from, n, first, out);
  }

  /** Weight sums of everything that depends only on a word type (its own local features and what
   *  it contributes as the -2/-1/+1/+2 neighbour), cached per type record. */
  private typeSums(n: number): void {
    const fx = this.fx,
      buf = this.fbuf,
      ts = this.typeSum,
      lid = this.localId;
    for (let i = 0; i < n; i++) {
      const slot = fx.slot[i]!,
        id = fx.typeId(i);
      if (lid[slot] === id) continue;
      const base = slot * TS;
      this.sumRows(buf, fx.local(i, buf, 0), ts, base);
      for (let k = 0; k < 4; k++) this.sumRows(buf, neighbourFeatures(k, fx.hlAt(i + 2), fx.shAt(i + 2), buf, 0), ts, base + 9 + k * 9);
      lid[slot] = id;
    }
  }

  /** Per token: cached type sums + the context features (9 tags unrolled into locals). */
  private emissions(n: number): void {
    const W = this.m.weights,
      shift = this.shift,
      fx = this.fx;
    const buf = this.fbuf,
      emit = this.emit,
      ts = this.typeSum,
      pad = this.padSum;
    for (let i = 0; i < n; i++) {
      const lb = fx.slot[i]! * TS;
      let s0 = ts[lb]!,
        s1 = ts[lb + 1]!,
        s2 = ts[lb + 2]!,
        s3 = ts[lb + 3]!,
        s4 = ts[lb + 4]!;
      let s5 = ts[lb + 5]!,
        s6 = ts[lb + 6]!,
        s7 = ts[lb + 7]!,
        s8 = ts[lb + 8]!;
      for (let k = 0; k < 4; k++) {
        const p = i + NB_OFFSETS[k]!;
        let src: Int32Array, b: number;
        if (p >= 0 && p < n) {
          src = ts;
          b = fx.slot[p]! * TS + 9 + k * 9;
        } else {
          src = pad;
          b = ((p < 0 ? p + 2 : p - n + 2) * 4 + k) * 9;
        }
        s0 += src[b]!;
        s1 += src[b + 1]!;
        s2 += src[b + 2]!;
        s3 += src[b + 3]!;
        s4 += src[b + 4]!;
        s5 += src[b + 5]!;
        s6 += src[b + 6]!;
        s7 += src[b + 7]!;
        s8 += src[b + 8]!;
      }
      const nf = fx.context(i, buf, 0);
      for (let k = 0; k < nf; k++) {
        const r = (buf[k]! >>> shift) * 9;
        s0 += W[r]!;
        s1 += W[r + 1]!;
        s2 += W[r + 2]!;
        s3 += W[r + 3]!;
        s4 += W[r + 4]!;
        s5 += W[r + 5]!;
        s6 += W[r + 6]!;
        s7 += W[r + 7]!;
        s8 += W[r + 8]!;
      }
      const eb = i * 9;
      emit[eb] = s0 << Q_BITS;
      emit[eb + 1] = s1 << Q_BITS;
      emit[eb + 2] = s2 << Q_BITS;
      emit[eb + 3] = s3 << Q_BITS;
      emit[eb + 4] = s4 << Q_BITS;
      emit[eb + 5] = s5 << Q_BITS;
      emit[eb + 6] = s6 << Q_BITS;
      emit[eb + 7] = s7 << Q_BITS;
      emit[eb + 8] = s8 << Q_BITS;
    }
  }

  /** Decoded BIO tags -> mentions; score = smallest max-marginal margin over the span's tokens. */
  private spans(toks: readonly Token[], from: number, n: number, first: number, out: RawMention[]): void {
    const tags = this.tags,
      margins = this.margins;
    for (let i = first; i < n;) {
      const t = tags[i]!;
      if (!isB(t) && !isI(t)) {
        i++;
        continue;
      }
      const ty = typeOf(t);
      let j = i + 1,
        min = margins[i]!;
      while (j < n && isI(tags[j]!) && typeOf(tags[j]!) === ty) {
        if (margins[j]! < min) min = margins[j]!;
        j++;
      }
      out.push({ start: toks[from + i]!.start, end: toks[from + j - 1]!.end, type: TYPES[ty]!, score: marginScore(min, this.m.scale) });
      i = j;
    }
  }
}

/** The JavaScript implementation (reference for the WebAssembly kernel; used where that cannot run). */
export function loadJsTagger(model: Uint8Array | ModelData): Tagger {
  return new NerTagger(model instanceof Uint8Array ? readModel(model) : model);
}
