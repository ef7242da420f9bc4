// Public API of the statistical tagger (DOM-free; runs in Node and in every browser context).
import { readModel } from './model-format.ts';
import { loadJsTagger, type Tagger } from './tagger.ts';
import { loadWasmTagger } from './wasm-tagger.ts';

export { tokenize } from './tokenize.ts';
export type { Sentence } from './sentences.ts';
export { splitSentences } from './sentences.ts';
export type { RawMention, Tagger } from './tagger.ts';
export { loadJsTagger } from './tagger.ts';

/**
 * The tagger for a model file: the WebAssembly kernel where it can run, else the JavaScript
 * implementation (same output). Throws on a malformed model.
 */
export function loadTagger(model: Uint8Array): Tagger {
  const m = readModel(model);
  return loadWasmTagger(m) ?? loadJsTagger(m);
}
