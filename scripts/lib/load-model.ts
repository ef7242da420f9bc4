// Node-only helper: reads the shipped model file from disk and builds the tagger.
import { readFileSync } from 'node:fs';
import { loadTagger, type Tagger } from '../../src/core/ner/index.ts';

export const DEFAULT_MODEL_PATH = new URL('../../models/ner.bin', import.meta.url).pathname;

export function readModelBytes(path: string = DEFAULT_MODEL_PATH): Uint8Array {
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export function loadTaggerFromFile(path: string = DEFAULT_MODEL_PATH): Tagger {
  return loadTagger(readModelBytes(path));
}
