// Character classes and case mapping from UTF-16 code units, cached lazily per code unit
// so module init stays free and no per-character regex runs on hot paths.
import { isJsSpace } from '../text/uni.ts';

export const C_SPACE = 1;
export const C_WORD = 2; // letter, digit, combining mark (also both halves of an astral letter)
export const C_PUNCT = 3; // everything else (punctuation, symbols, emoji halves)

const classCache = new Uint8Array(65536);
const lowerCache = new Uint16Array(65536);
const lowerKnown = new Uint8Array(65536);

// Built on first need: a \p{..} literal is validated when the module is parsed (import time).
let wordRe: RegExp | null = null;
const isWordChar = (s: string): boolean => (wordRe ??= new RegExp('[\\p{L}\\p{N}\\p{M}]', 'u')).test(s);
const astralCache = new Map<number, number>(); // emoji, CJK ext. B, math letters: few distinct in practice

/** /[\s\u200b\u2060\ufeff]/ by char code. */
const isSpaceCode = (c: number): boolean => isJsSpace(c) || c === 0x200b || c === 0x2060;

function classifySlow(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return C_PUNCT; // astral: decided per pair by classAt
  if (isSpaceCode(c)) return C_SPACE;
  if (c === 0x200d) return C_WORD; // ZWJ stays inside words/emoji
  // General Punctuation (curly quotes, dashes, ellipsis: common in news) has no letter, digit or
  // mark, so the Unicode class is compiled only for text that has other non-ASCII characters.
  if (c >= 0x2000 && c <= 0x206f) return C_PUNCT;
  return isWordChar(String.fromCharCode(c)) ? C_WORD : C_PUNCT;
}

export function charClass(c: number): number {
  if (c < 128) {
    if (c <= 32) return C_SPACE;
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return C_WORD;
    return c === 127 ? C_SPACE : C_PUNCT;
  }
  let k = classCache[c]!;
  if (k === 0) classCache[c] = k = classifySlow(c);
  return k;
}

/** Class of the code point starting at i (astral letters like 𝐀 or CJK ext. B count as word). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = text.codePointAt(i)!;
      let k = astralCache.get(cp);
      if (k === undefined) {
        k = isWordChar(String.fromCodePoint(cp)) ? C_WORD : C_PUNCT;
        if (astralCache.size < 65536) astralCache.set(cp, k);
      }
      return k;
    }
  }
  if (c >= 0xdc00 && c <= 0xdfff) return C_PUNCT; // lone low surrogate
  return charClass(c);
}

export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  if (lowerKnown[c] === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    lowerCache[c] = l.length === 1 ? l.charCodeAt(0) : c;
    lowerKnown[c] = 1;
  }
  return lowerCache[c]!;
}

const upperKnown = new Uint8Array(65536);
const isUpperCache = new Uint8Array(65536);

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  if (upperKnown[c] === 0) {
    const s = String.fromCharCode(c);
    isUpperCache[c] = s !== s.toLowerCase() ? 1 : 0;
    upperKnown[c] = 1;
  }
  return isUpperCache[c] === 1;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Feature-level normalisation: curly quotes, primes and dashes to ASCII. Offsets never change. */
export function normCode(c: number): number {
  if (c < 128) return c;
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x00b4:
      return 39; // '
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x00ab:
    case 0x00bb:
    case 0x2033:
      return 34; // "
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 45; // -
    case 0x00a0:
      return 32;
    default:
      return c;
  }
}

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018;
}

export function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}
