// Inference: sentence -> hashed features -> int8 emission sums -> constrained Viterbi -> spans.
// All buffers are reused across sentences; nothing here allocates per token except the Token list.
import { FeatureExtractor, MAXF } from './features.ts';
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
  private readonly mask: number;
  private emit = new Float64Array(MAX_SENT * NTAGS);
  private tags = new Uint8Array(MAX_SENT);
  private margins = new Float64Array(MAX_SENT);

  constructor(private readonly m: ModelData) {
    this.fx = new FeatureExtractor({ gaz: m.gaz, caps: m.caps });
    this.mask = (1 << m.hashBits) - 1;
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
    const T = NTAGS, W = this.m.weights, mask = this.mask;
    this.fx.extract(text, toks, from, n);
    const feats = this.fx.feats, nfeat = this.fx.nfeat, emit = this.emit;
    emit.fill(0, 0, n * T);
    for (let i = 0; i < n; i++) {
      const fb = i * MAXF, eb = i * T, nf = nfeat[i]!;
      for (let k = 0; k < nf; k++) {
        const r = (feats[fb + k]! & mask) * T;
        for (let t = 0; t < T; t++) emit[eb + t] = emit[eb + t]! + W[r + t]!;
      }
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
