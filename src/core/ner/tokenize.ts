// CoNLL-style tokenizer: one linear scan, UTF-16 offsets into the input.
// Keeps "China-Russia", "U.S.", "Mr.", "Archyde.com", "1,000.5" whole; splits punctuation
// and the possessive 's / ’s (and n't) into their own tokens.
import { C_SPACE, C_WORD, classAt, isApostrophe, isHyphen, isDigit, lowerCode } from './chars.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Longest token we emit; longer runs (e.g. unspaced CJK, base64) are cut into pieces. */
const MAX_TOKEN = 64;

// Abbreviations that keep their final period (a small documented list; single capital
// letters "J." and dotted initialisms "U.S." are handled by pattern).
const ABBREV = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'rev',
  'hon',
  'mt',
  'ft',
  'inc',
  'corp',
  'ltd',
  'co',
  'bros',
  'vs',
  'etc',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

function lowerSlice(text: string, s: number, e: number): string {
  let out = '';
  for (let k = s; k < e; k++) out += String.fromCharCode(lowerCode(text.charCodeAt(k)));
  return out;
}

/** Does a period at `e` belong to the word text[s, e)? */
function keepsPeriod(text: string, s: number, e: number): boolean {
  const len = e - s;
  if (len === 1) return isUpperAscii(text.charCodeAt(s)); // "J."
  if (len <= 5 && ABBREV.has(lowerSlice(text, s, e))) return true;
  // dotted initialism "U.S" / "U.K" / "e.g": letters separated by single dots
  let letters = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === 46) continue;
    if (k > s && text.charCodeAt(k - 1) !== 46) return false;
    letters++;
  }
  return letters >= 2 && text.indexOf('.', s) < e;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

function wordAt(text: string, i: number): boolean {
  return i < text.length && classAt(text, i) === C_WORD;
}

/** End (exclusive) of the word starting at i. */
function scanWord(text: string, i: number): number {
  const n = text.length;
  let j = i;
  const limit = Math.min(n, i + MAX_TOKEN);
  while (j < limit) {
    const c = text.charCodeAt(j);
    // ASCII letters and digits decided inline: on the first (interpreted) call this loop runs for
    // every character, and two helper calls per character cost more than the test itself.
    if (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : classAt(text, j) === C_WORD) {
      j += c >= 0xd800 && c <= 0xdbff && j + 1 < n ? 2 : 1;
      continue;
    }
    // connectors that stay inside a word when a word character follows
    const next = j + 1;
    if (isHyphen(c) && wordAt(text, next)) {
      j = next;
      continue;
    }
    if (c === 46 /* . */ && wordAt(text, next)) {
      j = next;
      continue;
    }
    if ((c === 44 || c === 58) /* , : */ && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(next))) {
      j = next;
      continue;
    }
    if (c === 38 /* & */ && isUpperAscii(text.charCodeAt(j - 1)) && isUpperAscii(text.charCodeAt(next))) {
      j = next;
      continue;
    }
    if (isApostrophe(c) && wordAt(text, next)) {
      // possessive / clitic: stop before 's, n't, 're, 've, 'll, 'd, 'm
      const rest = clitic(text, next);
      if (rest > 0) {
        const cPrev = text.charCodeAt(j - 1);
        if ((text.charCodeAt(next) | 32) === 116 && (cPrev | 32) === 110) {
          return j - 1 > i ? j - 1 : next + 1; // "do|n't": the second call sees "n't" and keeps it whole
        }
        return j;
      }
      j = next;
      continue;
    }
    break;
  }
  if (j > limit) j = limit; // never exceed the cap (a surrogate pair may straddle it: keep pair)
  if (j < n && text.charCodeAt(j) === 46 && keepsPeriod(text, i, j)) j++;
  return j;
}

/** Length of a clitic ("s", "t", "re", "ve", "ll", "d", "m") starting at k and ending at a non-word char, else 0. */
function clitic(text: string, k: number): number {
  const a = text.charCodeAt(k) | 32;
  const b = text.charCodeAt(k + 1) | 32;
  const end1 = !wordAt(text, k + 1);
  if (end1 && (a === 115 || a === 116 || a === 100 || a === 109)) return 1; // s t d m
  const end2 = !wordAt(text, k + 2);
  if (end2 && ((a === 114 && b === 101) || (a === 118 && b === 101) || (a === 108 && b === 108))) return 2;
  return 0;
}

export function tokenize(text: string): Token[] {
  return tokenizeRange(text, 0, text.length, []);
}

/**
 * Tokens of text[from, to) appended to out. `to` must be the text's end or a whitespace position
 * (tokens never span whitespace, so the result is then the same as tokenize's for that range).
 */
export function tokenizeRange(text: string, from: number, to: number, out: Token[]): Token[] {
  const n = to;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classAt(text, i);
    if (k === C_SPACE) {
      i++;
      continue;
    }
    let j: number;
    if (k === C_WORD) {
      j = scanWord(text, i);
    } else if (isApostrophe(c) && wordAt(text, i + 1) && clitic(text, i + 1) > 0) {
      j = i + 1 + clitic(text, i + 1); // 's  're  'll
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      j = i + 2; // emoji / astral symbol: keep the surrogate pair together
      while (j < n && j - i < MAX_TOKEN && (text.charCodeAt(j) === 0xfe0f || (text.charCodeAt(j) >= 0x0300 && text.charCodeAt(j) <= 0x036f))) j++;
    } else {
      j = i + 1;
      // runs of the same punctuation ("...", "--", "!!") are one token
      while (j < n && j - i < MAX_TOKEN && text.charCodeAt(j) === c) j++;
    }
    if (j <= i) j = i + 1; // safety: always progress
    out.push({ start: i, end: j, text: text.slice(i, j) });
    i = j;
  }
  return out;
}
