// Word tokens for the document pass (propagation, title and quote windows).
// One linear regex scan; the separators inside a word ("-", ".", "'") are never
// word characters themselves, so the pattern cannot backtrack catastrophically.

export interface Word {
  start: number;
  end: number;
  text: string;
}

import { nextWord } from './uni.ts';

// Words: /[\p{L}\p{M}\p{N}]+(?:[-.'’&][\p{L}\p{M}\p{N}]+)*/gu, scanned with char codes (`nextWord`).
const POSSESSIVE = /['’]s$/i;

export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const at = [0];
  for (let e = nextWord(text, from, at); e >= 0 && at[0]! < to; e = nextWord(text, e, at)) {
    const start = at[0]!;
    let end = e;
    if (end > to) end = to;
    // "Xi’s" -> "Xi" + "’s": a possessive is never part of a name.
    const w = text.slice(start, end);
    if (w.length > 2 && POSSESSIVE.test(w)) {
      out.push({ start, end: end - 2, text: w.slice(0, -2) });
      out.push({ start: end - 2, end, text: w.slice(-2) });
    } else out.push({ start, end, text: w });
  }
  return out;
}

/** First character is an upper-case letter (works for any script that has case). */
export function isCapitalised(w: string): boolean {
  const code = w.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Every cased letter is upper case and there are at least two letters ("LONDON", "SCO"). */
export function isAllCaps(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}
