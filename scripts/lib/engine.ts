// Node-side wiring of the engine: the shipped model file + the tagger + the document pass.
import { readFileSync } from 'node:fs';
import { loadTagger, type Tagger } from '../../src/core/ner/index.ts';
import { createAnalyzer, type Analyzer } from '../../src/core/analyze.ts';

export const MODEL_PATH = new URL('../../models/ner.bin', import.meta.url).pathname;

export function nodeTagger(path = MODEL_PATH): Tagger {
  return loadTagger(new Uint8Array(readFileSync(path)));
}

export function nodeAnalyzer(path = MODEL_PATH): Analyzer {
  return createAnalyzer(nodeTagger(path));
}
