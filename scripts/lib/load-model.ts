// Node-only helper: reads the shipped model file from disk.
import { readFileSync } from 'node:fs';

export const DEFAULT_MODEL_PATH = new URL('../../models/ner.bin', import.meta.url).pathname;

export function readModelBytes(path: string = DEFAULT_MODEL_PATH): Uint8Array {
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}
