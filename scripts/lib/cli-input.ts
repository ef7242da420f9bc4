/**
 * Input checks for the entities CLI: a bounded size (checked with stat before anything is read),
 * no binary data, strict UTF-8 (a byte-order mark is dropped, as a browser does).
 */
import { readFileSync, statSync } from 'node:fs';

/** Larger inputs are refused: a news article is 3-15k characters and the extension stops at 2M. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

/** A problem with the input, reported as one line (no stack trace). */
export class InputError extends Error {}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Bytes -> text. Throws InputError on a NUL byte (binary data: text never contains one) or on bytes
 * that are not UTF-8; a leading BOM is removed.
 */
export function decodeText(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(`binary data (a NUL byte at offset ${nul}), not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips a BOM (ignoreBOM is false)
  } catch {
    throw new InputError(`not valid UTF-8 (${firstInvalidUtf8(bytes)})`);
  }
}

/** Where decoding fails, for the message (TextDecoder does not say): "at byte N". */
function firstInvalidUtf8(b: Uint8Array): string {
  for (let i = 0; i < b.length;) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= b.length) return `at byte ${i}`;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const next = b[i + k]!;
      if ((next & 0xc0) !== 0x80) return `at byte ${i}`;
      cp = (cp << 6) | (next & 0x3f);
    }
    const min = n === 1 ? 0x80 : n === 2 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return `at byte ${i}`;
    i += n + 1;
  }
  return 'at the end';
}

/** Reads a file as text: InputError if it is missing, not a file, too large, binary or not UTF-8. */
export function readTextFile(path: string, maxBytes = MAX_INPUT_BYTES): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError(`not a file: ${path}`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? String(e)}`);
  }
  if (size > maxBytes) throw new InputError(`${path} is ${mb(size)}, over the ${mb(maxBytes)} limit`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw new InputError(`${path} is over the ${mb(maxBytes)} limit`);
  try {
    return decodeText(bytes);
  } catch (e) {
    throw e instanceof InputError ? new InputError(`${path}: ${e.message}`) : e;
  }
}
