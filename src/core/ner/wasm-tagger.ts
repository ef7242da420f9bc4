// The tagger with its per-token work (features, emission sums, Viterbi, margins) in the
// WebAssembly kernel of wasm/kernel.as.ts; tokenizing and sentence splitting stay in JavaScript.
// Why: see kernel.as.ts. Output is identical to the JavaScript tagger (wasm-tagger.test.ts).
import { C_WORD, charClass, isUpper, lowerCode } from './chars.ts';
import { readModel, type ModelData } from './model-format.ts';
import { MAX_SENT, type Sentence } from './sentences.ts';
import { BlockTagger, fixedTransitions, marginScore, type RawMention, type Tagger } from './tagger.ts';
import { NTAGS, TYPES } from './tags.ts';
import type { Token } from './tokenize.ts';
import { KERNEL_WASM_BASE64 } from './wasm/kernel.wasm.generated.ts';

interface Kernel {
  memory: WebAssembly.Memory;
  workEnd(): number;
  transPtr(): number;
  init(w: number, hashBits: number, gazKeys: number, gazVals: number, gazCap: number, capsKeys: number, capsVals: number, capsCap: number): void;
  tagChunks(text: number, toks: number, chunks: number, nChunks: number, out: number): number;
}

const OUT_BYTES = 24; // per mention: first token, last token, type, unused (i32), margin (f64)
const PAGE = 65536;
const align8 = (n: number) => (n + 7) & ~7;

let compiled: WebAssembly.Module | null | undefined;

/**
 * The compiled kernel, or null where WebAssembly cannot run (no WebAssembly, or a content
 * security policy without 'wasm-unsafe-eval'). Compiled synchronously: it is 7.5 KB, and the
 * engine runs in Node and in the extension's background, never on a page's main thread.
 */
function kernelModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      const bin = atob(KERNEL_WASM_BASE64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      compiled = new WebAssembly.Module(bytes);
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

class WasmTagger extends BlockTagger {
  readonly kind = 'wasm' as const;
  private readonly k: Kernel;
  private readonly io: number; // first byte after the model: each call's input and output
  private readonly scale: number; // only this is kept of `m`: the kernel has its own copy of the model

  constructor(m: ModelData, module: WebAssembly.Module) {
    super();
    this.scale = m.scale;
    if (m.T !== NTAGS || NTAGS !== 9) throw new Error('ner model: expected 9 BIO tags, got ' + m.T);
    const trans = fixedTransitions(m);
    const env = {
      lowerCode: (c: number) => lowerCode(c),
      isUpper: (c: number) => (isUpper(c) ? 1 : 0),
      isWordChar: (c: number) => (charClass(c) === C_WORD ? 1 : 0),
    };
    this.k = new WebAssembly.Instance(module, { env }).exports as unknown as Kernel;
    // model sections after the kernel's work areas, each 8-byte aligned
    const sections = [m.weights, m.gaz.keys, m.gaz.vals, m.caps.keys, m.caps.vals];
    const at: number[] = [];
    let p = align8(this.k.workEnd());
    for (const s of sections) {
      at.push(p);
      p = align8(p + s.byteLength);
    }
    this.io = p;
    this.reserve(p);
    const mem = new Uint8Array(this.k.memory.buffer);
    sections.forEach((s, i) => mem.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), at[i]));
    new Int32Array(this.k.memory.buffer, this.k.transPtr(), trans.length).set(trans);
    this.k.init(at[0]!, m.hashBits, at[1]!, at[2]!, m.gaz.keys.length, at[3]!, at[4]!, m.caps.keys.length);
  }

  /** Grows the kernel's memory to at least `bytes`. */
  private reserve(bytes: number): void {
    const have = this.k.memory.buffer.byteLength;
    if (bytes > have) this.k.memory.grow(Math.ceil((bytes - have) / PAGE));
  }

  protected tagInto(text: string, sentences: Sentence[], out: RawMention[]): RawMention[] {
    // Every token of these sentences, in order, and the character range they cover. Tokens
    // outside the text (only a caller's bad input) are clamped into it.
    const toks: Token[] = [];
    let lo = text.length,
      hi = 0,
      nChunks = 0;
    for (const s of sentences) {
      const n = s.tokens.length;
      nChunks += Math.ceil(n / MAX_SENT);
      for (let i = 0; i < n; i++) {
        const t = s.tokens[i]!;
        toks.push(t);
        if (t.start < lo) lo = t.start;
        if (t.end > hi) hi = t.end;
      }
    }
    if (toks.length === 0) return out;
    lo = Math.max(0, Math.min(lo, text.length));
    hi = Math.max(lo, Math.min(hi, text.length));
    const textAt = this.io,
      toksAt = align8(textAt + (hi - lo) * 2),
      chunksAt = toksAt + toks.length * 8;
    const outAt = chunksAt + nChunks * 8;
    this.reserve(outAt + toks.length * OUT_BYTES);
    const buf = this.k.memory.buffer;
    const chars = new Uint16Array(buf, textAt, hi - lo);
    for (let k = lo; k < hi; k++) chars[k - lo] = text.charCodeAt(k);
    const clamp = (x: number) => (x < lo ? 0 : x > hi ? hi - lo : x - lo);
    const tk = new Int32Array(buf, toksAt, toks.length * 2);
    for (let i = 0; i < toks.length; i++) {
      tk[2 * i] = clamp(toks[i]!.start);
      tk[2 * i + 1] = clamp(toks[i]!.end);
    }
    const ch = new Int32Array(buf, chunksAt, nChunks * 2);
    let c = 0,
      first = 0;
    for (const s of sentences) {
      const n = s.tokens.length;
      for (let from = 0; from < n; from += MAX_SENT) {
        ch[c++] = first + from;
        ch[c++] = Math.min(MAX_SENT, n - from);
      }
      first += n;
    }
    const found = this.k.tagChunks(textAt, toksAt, chunksAt, nChunks, outAt);
    const ints = new Int32Array(buf, outAt, found * (OUT_BYTES / 4));
    const margins = new Float64Array(buf, outAt, found * (OUT_BYTES / 8));
    for (let i = 0; i < found; i++) {
      const a = toks[ints[i * 6]!]!,
        b = toks[ints[i * 6 + 1]!]!;
      out.push({ start: a.start, end: b.end, type: TYPES[ints[i * 6 + 2]!]!, score: marginScore(margins[i * 3 + 2]!, this.scale) });
    }
    return out;
  }
}

/** The WebAssembly tagger, or null where WebAssembly is unavailable. Throws on a bad model. */
export function loadWasmTagger(model: Uint8Array | ModelData): Tagger | null {
  const m = model instanceof Uint8Array ? readModel(model) : model;
  const module = kernelModule();
  return module ? new WasmTagger(m, module) : null;
}
