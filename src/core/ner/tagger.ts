// Inference: sentence -> hashed features -> int8 emission sums -> constrained Viterbi -> spans.
// All buffers are reused across sentences; nothing here allocates per token except the Token list.
import { bucketShift, FeatureExtractor, MAXF, TYPE_CACHE } from './features.ts';
import { readModel, type ModelData } from './model-format.ts';
import { splitSentences, MAX_SENT, type Sentence } from './sentences.ts';
import { allowed, isB, isI, NTAGS, TYPES, typeOf, type TagType } from './tags.ts';
import { tokenize, type Token } from './tokenize.ts';
import { Decoder } from './viterbi.ts';

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
}

const NEG = -1e9;

class NerTagger implements Tagger {
  private readonly fx: FeatureExtractor;
  private readonly dec = new Decoder(NTAGS);
  private readonly trans: Float64Array;
  private readonly shift: number;
  private emit = new Float64Array(MAX_SENT * NTAGS);
  private tags = new Uint8Array(MAX_SENT);
  private margins = new Float64Array(MAX_SENT);
  private fbuf = new Int32Array(MAXF);
  private localSum = new Float64Array(TYPE_CACHE * 9);
  private localId = new Int32Array(TYPE_CACHE);

  constructor(private readonly m: ModelData) {
    if (m.T !== NTAGS || NTAGS !== 9) throw new Error('ner model: expected 9 BIO tags, got ' + m.T);
    this.fx = new FeatureExtractor({ gaz: m.gaz, caps: m.caps });
    this.shift = bucketShift(m.hashBits);
    const T = NTAGS;
    this.trans = new Float64Array((T + 2) * T);
    for (let p = 0; p <= T + 1; p++)
      for (let c = 0; c < T; c++) this.trans[p * T + c] = m.trans[p * T + c]! + (p <= T && !allowed(p, c) ? NEG : 0);
  }

  tag(text: string): RawMention[] {
    if (typeof text !== 'string' || text.length === 0) return [];
    return this.tagSentences(text, splitSentences(text, tokenize(text)));
  }

  tagSentences(text: string, sentences: Sentence[]): RawMention[] {
    const out: RawMention[] = [];
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
    const W = this.m.weights, shift = this.shift;
    const fx = this.fx;
    fx.prepare(text, toks, from, n);
    const buf = this.fbuf, emit = this.emit, lsum = this.localSum, lid = this.localId;
    // 9 tags unrolled into locals: one pass over each weight row, no stores in the inner loop.
    // Token-local features are summed once per word type and cached under the type's record id.
    for (let i = 0; i < n; i++) {
      const slot = fx.slot[i]!, id = fx.typeId(i), lb = slot * 9;
      if (lid[slot] !== id) {
        const nf = fx.local(i, buf, 0);
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
        for (let k = 0; k < nf; k++) {
          const r = (buf[k]! >>> shift) * 9;
          s0 += W[r]!; s1 += W[r + 1]!; s2 += W[r + 2]!; s3 += W[r + 3]!; s4 += W[r + 4]!;
          s5 += W[r + 5]!; s6 += W[r + 6]!; s7 += W[r + 7]!; s8 += W[r + 8]!;
        }
        lsum[lb] = s0; lsum[lb + 1] = s1; lsum[lb + 2] = s2; lsum[lb + 3] = s3; lsum[lb + 4] = s4;
        lsum[lb + 5] = s5; lsum[lb + 6] = s6; lsum[lb + 7] = s7; lsum[lb + 8] = s8;
        lid[slot] = id;
      }
      const nf = fx.context(i, buf, 0);
      let s0 = lsum[lb]!, s1 = lsum[lb + 1]!, s2 = lsum[lb + 2]!, s3 = lsum[lb + 3]!, s4 = lsum[lb + 4]!;
      let s5 = lsum[lb + 5]!, s6 = lsum[lb + 6]!, s7 = lsum[lb + 7]!, s8 = lsum[lb + 8]!;
      for (let k = 0; k < nf; k++) {
        const r = (buf[k]! >>> shift) * 9;
        s0 += W[r]!; s1 += W[r + 1]!; s2 += W[r + 2]!; s3 += W[r + 3]!; s4 += W[r + 4]!;
        s5 += W[r + 5]!; s6 += W[r + 6]!; s7 += W[r + 7]!; s8 += W[r + 8]!;
      }
      const eb = i * 9;
      emit[eb] = s0; emit[eb + 1] = s1; emit[eb + 2] = s2; emit[eb + 3] = s3; emit[eb + 4] = s4;
      emit[eb + 5] = s5; emit[eb + 6] = s6; emit[eb + 7] = s7; emit[eb + 8] = s8;
    }
    const tags = this.tags;
    const best = this.dec.decode(n, emit, this.trans, tags);
    let has = false;
    for (let i = 0; i < n; i++) if (tags[i] !== 0) { has = true; break; }
    if (!has) return;
    this.dec.marginsAgainst(n, emit, this.trans, best, 0, this.margins);
    for (let i = 0; i < n; ) {
      const t = tags[i]!;
      if (!isB(t) && !isI(t)) { i++; continue; }
      const ty = typeOf(t);
      let j = i + 1, min = this.margins[i]!;
      while (j < n && isI(tags[j]!) && typeOf(tags[j]!) === ty) { if (this.margins[j]! < min) min = this.margins[j]!; j++; }
      out.push({ start: toks[from + i]!.start, end: toks[from + j - 1]!.end, type: TYPES[ty]!, score: Math.round(min * this.m.scale * 1000) / 1000 });
      i = j;
    }
  }
}

export function loadTagger(model: Uint8Array): Tagger {
  return new NerTagger(readModel(model));
}
