// Open-addressing set/map from 32-bit keys to small values, stored as two typed arrays so it can
// live inside the model file and be used without any parsing. Key 0 marks an empty slot.

export interface HashTable {
  mask: number;
  keys: Uint32Array;
  vals: Uint8Array;
}

const fixKey = (k: number) => (k >>> 0 === 0 ? 1 : k >>> 0);

export function lookup(t: HashTable, key: number): number {
  const k = fixKey(key);
  let i = (k ^ (k >>> 16)) & t.mask;
  for (;;) {
    const s = t.keys[i]!;
    if (s === k) return t.vals[i]!;
    if (s === 0) return 0;
    i = (i + 1) & t.mask;
  }
}

/** Builds a table (load <= 0.5) from key -> value; values are OR-ed on duplicate keys (bit masks). */
export function buildTable(entries: Map<number, number>): HashTable {
  let cap = 16;
  while (cap < entries.size * 2) cap *= 2;
  const t: HashTable = { mask: cap - 1, keys: new Uint32Array(cap), vals: new Uint8Array(cap) };
  for (const [key, v] of entries) {
    const k = fixKey(key);
    let i = (k ^ (k >>> 16)) & t.mask;
    while (t.keys[i] !== 0 && t.keys[i] !== k) i = (i + 1) & t.mask;
    t.keys[i] = k;
    t.vals[i] = (t.vals[i]! | v) & 0xff;
  }
  return t;
}
