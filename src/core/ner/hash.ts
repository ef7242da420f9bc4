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

/** FNV-1a of a JS string after the same normalisation the features use (lower-case, ASCII quotes). */
export function hashString(s: string, lower: (c: number) => number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = fnv(h, lower(s.charCodeAt(i)));
  return h >>> 0;
}
