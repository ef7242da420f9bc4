// 32-bit hashing straight from char codes: FNV-1a for strings, a murmur-style finaliser to combine.
export const FNV_OFFSET = 0x811c9dc5 | 0;

export function fnv(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Mixes two 32-bit values into a well-spread unsigned 32-bit hash. */
export function mix(a: number, b: number): number {
  let h = Math.imul((a + 0x9e3779b9) ^ b, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Feature hashes are multiplicative (cheap enough to inline); the weight row is taken from the
// HIGH bits (bucket = h >>> (32 - hashBits)), where a multiplicative hash mixes best.
export const M1 = 0x9e3779b1 | 0,
  M2 = 0x85ebca77 | 0;
export const K = new Int32Array(64).map((_, k) => Math.imul(k * 2 + 1, 0x27d4eb2d) ^ 0x165667b1); // per-template salts
// A template with salt t over values a, b, c hashes as f1 = imul(t ^ a, M1), f2 = imul(f1 ^ b, M2),
// f3 = imul(f2 ^ c, M1); features.ts writes these out inline (a call per feature was the larger
// cost in the first, interpreted call).
/** Row of the weight table for feature hash h. */
export const bucketShift = (hashBits: number) => 32 - hashBits;
