// Averaged float weights -> int8 with one global scale (clipped at a high percentile so a few
// outliers do not waste the range). Rounding to 0 doubles as pruning of near-zero weights.
import type { HashTable } from '../../src/core/ner/hashtable.ts';
import { writeModel } from '../../src/core/ner/model-format.ts';
import { NTAGS } from '../../src/core/ner/tags.ts';
import type { Trained } from './perceptron.ts';

export function quantize(t: Trained, hashBits: number, gaz: HashTable, caps: HashTable, flags = 0, clipPct = 0.9999): Uint8Array {
  const w = t.weights;
  const sample: number[] = [];
  const stride = Math.max(1, Math.floor(w.length / 2_000_000));
  for (let i = 0; i < w.length; i += stride) if (w[i] !== 0) sample.push(Math.abs(w[i]!));
  sample.sort((a, b) => a - b);
  const clip = sample.length ? sample[Math.min(sample.length - 1, Math.floor(sample.length * clipPct))]! : 1;
  const scale = clip / 127;
  const q = new Int8Array(w.length);
  for (let i = 0; i < w.length; i++) {
    const v = Math.round(w[i]! / scale);
    q[i] = v > 127 ? 127 : v < -127 ? -127 : v;
  }
  const trans = new Float32Array(t.trans.length);
  for (let i = 0; i < trans.length; i++) trans[i] = t.trans[i]! / scale;
  return writeModel({ T: NTAGS, hashBits, scale, trans, weights: q, gaz, caps, flags });
}
