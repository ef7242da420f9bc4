// Rule-based sentence boundaries for context extraction (first sentence, co-mentions).
// Linear: one left-to-right scan finds candidate ends; a lookup decides whether an abbreviation
// blocks them.
import { isJsSpace, uni } from './uni.ts';

const LETTER_DOT = uni(String.raw`[\p{L}.]`, 'u');
const UPPER = uni(String.raw`\p{Lu}`, 'u');
const LOWER = uni(String.raw`\p{Ll}`, 'u');

export interface Span {
  start: number;
  end: number;
}

const ABBREV = new Set(
  (
    'mr mrs ms dr prof st sr jr gen sen rep gov lt col capt sgt adm cmdr rev hon messrs mt ft ' +
    'inc ltd co corp plc no vs etc al fig jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e'
  ).split(' '),
);
const isTerminator = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93; // " ” ’ ) ]

/**
 * Candidate ends are the matches of /[.!?…]+["”’)\]]*(?=\s)|\n/g, found by a scanner: the pattern
 * itself backtracks through a run of terminators not followed by whitespace once per start
 * position (quadratic: 64k dots took 11 s). A run either ends, with its closers, right before
 * whitespace, which is the match from the run's first character, or no position inside it
 * matches, so the scan resumes after the run and never looks at a character twice.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(text, start, i + 1, out);
      start = ++i;
      continue;
    }
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < n && isTerminator(text.charCodeAt(k))) k++;
    while (k < n && isCloser(text.charCodeAt(k))) k++;
    if (k < n && isJsSpace(text.charCodeAt(k)) && !blocked(text, i)) {
      push(text, start, k, out);
      start = k;
    }
    i = k;
  }
  push(text, start, n, out);
  return out;
}

/** A period after an abbreviation or a single initial ("J.") does not end a sentence (exported for the test's reference pattern). */
export function blocked(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let i = dot;
  while (i > 0 && i > dot - 12 && LETTER_DOT.test(text[i - 1] ?? '')) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (ABBREV.has(word)) return true;
  if (word.length === 1 && UPPER.test(text[i] ?? '')) return true;
  // The next word starts lower case: the sentence goes on ("approx. five").
  const next = /\S/.exec(text.slice(dot + 1, dot + 40));
  return next !== null && LOWER.test(next[0]);
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) out.push({ start, end });
}
