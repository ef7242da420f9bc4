/**
 * How well a place in the text agrees with a stored quote and its context.
 *
 * The score is the share of the stored characters (prefix, quote and suffix together) that the
 * place reproduces: 1 - errors / length, errors being edit operations (approx-string-match, the
 * library Hypothesis uses). Counting the quote's own characters as evidence makes a long quote
 * enough by itself, while a short one ("Xi") needs its context to agree. Context across a block
 * boundary (another paragraph, which may have moved) counts only when it helps: each side is
 * scored both in full and cut at its nearest line break, and the better reading is kept.
 */
import search from 'approx-string-match';

/** Context characters an inserted word may push away without any cost. */
const SLACK = 8;

/** Fewest edits that turn `pattern` into some substring of `text`. */
function substringErrors(text: string, pattern: string): number {
  if (!pattern) return 0;
  if (!text) return pattern.length;
  if (text.includes(pattern)) return 0; // the common case (an unchanged page), without the matcher's set-up
  const m = search(text, pattern, pattern.length);
  return m.length ? m[0]!.errors : pattern.length;
}

export interface Context {
  prefix: string;
  suffix: string;
}

interface Side {
  length: number;
  errors: number;
}

function sides(text: string, at: number, stored: string, before: boolean): Side[] {
  const out: Side[] = [];
  const cut = before ? stored.lastIndexOf('\n') : stored.indexOf('\n');
  const forms = cut < 0 ? [stored] : [stored, before ? stored.slice(cut) : stored.slice(0, cut + 1)];
  for (const form of forms) {
    const window = before ? text.slice(Math.max(0, at - form.length - SLACK), at) : text.slice(at, at + form.length + SLACK);
    // A prefix must end where the quote starts (and a suffix start where it ends), give or take
    // SLACK characters: search the pattern anchored at the near end of the window.
    out.push({ length: form.length, errors: substringErrors(window, form) });
  }
  return out;
}

export interface Evidence {
  /** 1 - errors / length over prefix + quote + suffix. */
  score: number;
  /** Characters of stored text the score rests on. */
  length: number;
}

/** Below this many stored characters a perfect agreement still says too little to place a note. */
export const MIN_EVIDENCE = 20;

/**
 * A quote shorter than this says little by itself ("Xi", "the report"), so both sides of its
 * context must agree at least half-way (each side of SIDE_MIN characters or more): one perfect
 * side next to a foreign one is the same words in another sentence.
 */
const SHORT_QUOTE = 32;
const SIDE_MIN = 8;
const sideAgrees = (s: Side) => s.length < SIDE_MIN || s.errors * 2 <= s.length;

/** The best reading of the place [start, end) whose quote differs from the stored one by `quoteErrors` edits. */
export function evidence(text: string, start: number, end: number, quoteLength: number, quoteErrors: number, ctx: Context): Evidence {
  let best: Evidence = { score: -1, length: 0 };
  for (const p of sides(text, start, ctx.prefix, true)) {
    for (const s of sides(text, end, ctx.suffix, false)) {
      if (quoteLength < SHORT_QUOTE && !(sideAgrees(p) && sideAgrees(s))) continue;
      const length = quoteLength + p.length + s.length;
      const score = 1 - (quoteErrors + p.errors + s.errors) / length;
      const enough = length >= MIN_EVIDENCE;
      const bestEnough = best.length >= MIN_EVIDENCE;
      if ((enough && !bestEnough) || (enough === bestEnough && (score > best.score || (score === best.score && length > best.length)))) {
        best = { score, length };
      }
    }
  }
  return best;
}

/** Edit distance between two short strings (both at most a few hundred characters). */
export function editDistance(a: string, b: string): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Where `pattern` best begins in `text` (approximately), or -1. */
export function bestStart(text: string, pattern: string): number {
  if (!pattern || !text) return -1;
  const m = search(text, pattern, Math.floor(pattern.length / 2));
  return m.length ? m[0]!.start : -1;
}

/** Where `pattern` best ends in `text` (approximately), or -1. */
export function bestEnd(text: string, pattern: string): number {
  if (!pattern || !text) return -1;
  const m = search(text, pattern, Math.floor(pattern.length / 2));
  return m.length ? m[m.length - 1]!.end : -1;
}
