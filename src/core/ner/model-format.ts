// Binary model layout (little-endian, every section 4-byte aligned, read as typed-array views):
//   header  8 x u32: magic 'ANER', version, T, hashBits, scale (f32), gazCap, capsCap, flags (bit 0: dev sets in training)
//   trans   f32 x (T + 2) * T, already divided by scale (rows: prev tags, start, end)
//   weights i8 x (2^hashBits * T): emission weight / scale, rounded
//   gaz keys u32 x gazCap, caps keys u32 x capsCap, gaz vals u8 x gazCap, caps vals u8 x capsCap
import type { HashTable } from './hashtable.ts';

const MAGIC = 0x52454e41;
const VERSION = 1;
const HEADER = 32;

export interface ModelData {
  T: number;
  hashBits: number;
  scale: number;
  trans: Float32Array;
  weights: Int8Array;
  gaz: HashTable;
  caps: HashTable;
  /** bit 0: the CoNLL / CrossNER development sets were part of the training data */
  flags: number;
}

export const FLAG_TRAINED_ON_DEV = 1;

export function writeModel(m: ModelData): Uint8Array {
  const gazCap = m.gaz.keys.length,
    capsCap = m.caps.keys.length;
  const size = HEADER + m.trans.length * 4 + m.weights.length + (gazCap + capsCap) * 5;
  const buf = new Uint8Array(Math.ceil(size / 4) * 4);
  const dv = new DataView(buf.buffer);
  const u32 = [MAGIC, VERSION, m.T, m.hashBits, 0, gazCap, capsCap, m.flags];
  u32.forEach((v, i) => dv.setUint32(i * 4, v, true));
  dv.setFloat32(16, m.scale, true);
  let o = HEADER;
  for (let i = 0; i < m.trans.length; i++, o += 4) dv.setFloat32(o, m.trans[i]!, true);
  buf.set(new Uint8Array(m.weights.buffer, m.weights.byteOffset, m.weights.length), o);
  o += m.weights.length;
  for (const keys of [m.gaz.keys, m.caps.keys]) for (let i = 0; i < keys.length; i++, o += 4) dv.setUint32(o, keys[i]!, true);
  buf.set(m.gaz.vals, o);
  o += gazCap;
  buf.set(m.caps.vals, o);
  return buf;
}

/** Zero-copy read (copies once only if the bytes are not 4-byte aligned or the host is big-endian). */
export function readModel(bytes: Uint8Array): ModelData {
  if (bytes.length < HEADER) throw new Error('ner model: file too short');
  const le = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  if (!le) throw new Error('ner model: big-endian hosts are not supported');
  const b = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const head = new Uint32Array(b.buffer, b.byteOffset, 8);
  if (head[0] !== MAGIC) throw new Error('ner model: bad magic');
  if (head[1] !== VERSION) throw new Error('ner model: unsupported version ' + head[1]);
  const T = head[2]!,
    hashBits = head[3]!,
    gazCap = head[5]!,
    capsCap = head[6]!;
  const scale = new Float32Array(b.buffer, b.byteOffset + 16, 1)[0]!;
  let o = b.byteOffset + HEADER;
  const trans = new Float32Array(b.buffer, o, (T + 2) * T);
  o += trans.byteLength;
  const weights = new Int8Array(b.buffer, o, (1 << hashBits) * T);
  o += weights.byteLength;
  const gazKeys = new Uint32Array(b.buffer, o, gazCap);
  o += gazCap * 4;
  const capsKeys = new Uint32Array(b.buffer, o, capsCap);
  o += capsCap * 4;
  const gazVals = new Uint8Array(b.buffer, o, gazCap);
  o += gazCap;
  const capsVals = new Uint8Array(b.buffer, o, capsCap);
  if (o + capsCap > b.byteOffset + b.length) throw new Error('ner model: truncated');
  return {
    T,
    hashBits,
    scale,
    trans,
    weights,
    flags: head[7]!,
    gaz: { mask: gazCap - 1, keys: gazKeys, vals: gazVals },
    caps: { mask: capsCap - 1, keys: capsKeys, vals: capsVals },
  };
}
