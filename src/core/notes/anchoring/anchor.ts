/**
 * Re-attaching a selection note to the article text, as Hypothesis does (`anchoring/html.ts`,
 * `match-quote.ts`), with one difference that matters most to readers: a place that agrees too
 * little with the stored quote and context is refused, so a note is detached rather than shown on
 * the wrong words.
 *
 * 1. Position: the old offsets, if the quote is still there and its context agrees.
 * 2. Quote: every exact occurrence of the (folded) quote, scored on context and nearness.
 * 3. Approximate: the closest approximate matches of the quote (approx-string-match), in the
 *    whole text and near the old position, scored on quote, context and nearness. Quotes longer
 *    than APPROX_MAX are matched by their head and tail, so the cost stays O(n · APPROX_MAX / 32).
 *
 * A candidate is accepted when its evidence score (score.ts) reaches ACCEPT. Among accepted ones
 * the best wins, weighted like Hypothesis (quote and context 90, position 2 as a tie-breaker).
 */
import search from 'approx-string-match';
import type { NoteSelectors } from '../model.ts';
import { fold, foldString, type FoldedText } from './fold.ts';
import { evidence, MIN_EVIDENCE, type Context } from './score.ts';

/** Evidence score a place needs (share of prefix + quote + suffix characters it reproduces). */
export const ACCEPT = 0.75;
/** Longest quote matched approximately in one piece (two 32-bit blocks of approx-string-match). */
export const APPROX_MAX = 64;
/** Shortest quote matched approximately: below it too many places are "close". */
const APPROX_MIN = 6;
/** Exact occurrences scored at most (the nearest to the old position). */
const MAX_EXACT = 2000;
/** Half-width of the window around the old position searched approximately as well as the whole text. */
const NEAR = 4096;

export type AnchorMethod = 'position' | 'quote' | 'approximate';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number }
  | { status: 'detached' };

/** The article text, folded once on first need and reused for every note anchored on it. */
export class AnchorText {
  private foldedText: FoldedText | null = null;
  constructor(readonly raw: string) {}
  get folded(): FoldedText {
    return (this.foldedText ??= fold(this.raw));
  }
}

interface Candidate {
  start: number;
  end: number;
  score: number;
  rank: number;
}

export function anchor(target: AnchorText | string, selectors: NoteSelectors): AnchorResult {
  const text = typeof target === 'string' ? new AnchorText(target) : target;
  const [quote, position] = selectors;
  const raw = text.raw;

  // 1. Position, in the raw text: no folding needed for the common case of an unchanged page.
  if (position.end <= raw.length && raw.slice(position.start, position.end) === quote.exact) {
    const e = evidence(raw, position.start, position.end, quote.exact.length, 0, quote);
    if (e.score >= ACCEPT && e.length >= MIN_EVIDENCE) {
      return { status: 'anchored', start: position.start, end: position.end, method: 'position', score: e.score };
    }
  }

  const f = text.folded;
  const exact = foldString(quote.exact);
  if (!exact.trim()) return { status: 'detached' };
  const ctx: Context = { prefix: foldString(quote.prefix), suffix: foldString(quote.suffix) };
  const hint = f.toFolded[Math.min(position.start, raw.length)]!;

  const found = bestOf(f.text, exact, ctx, hint, true);
  if (!found) return { status: 'detached' };
  const start = f.toRaw[found.start]!;
  const end = f.toRaw[found.end - 1]! + 1;
  return { status: 'anchored', start, end, method: found.exact ? 'quote' : 'approximate', score: found.score };
}

function rankOf(score: number, start: number, hint: number, n: number): number {
  const near = n ? 1 - Math.abs(start - hint) / n : 1;
  return score * 90 + near * 2;
}

function better(a: Candidate | null, b: Candidate | null): Candidate | null {
  if (!a) return b;
  if (!b) return a;
  return b.rank > a.rank ? b : a;
}

/** The best accepted place for `exact` in folded text `t`, exact occurrences first. */
function bestOf(t: string, exact: string, ctx: Context, hint: number, allowSplit: boolean): (Candidate & { exact: boolean }) | null {
  const ex = exactCandidates(t, exact, ctx, hint);
  if (ex) return { ...ex, exact: true };
  const ap = exact.length > APPROX_MAX ? (allowSplit ? headAndTail(t, exact, ctx, hint) : null) : approxCandidates(t, exact, ctx, hint);
  return ap ? { ...ap, exact: false } : null;
}

function accept(t: string, start: number, end: number, qLen: number, qErr: number, ctx: Context, hint: number): Candidate | null {
  const e = evidence(t, start, end, qLen, qErr, ctx);
  if (e.score < ACCEPT || e.length < MIN_EVIDENCE) return null;
  return { start, end, score: e.score, rank: rankOf(e.score, start, hint, t.length) };
}

function exactCandidates(t: string, exact: string, ctx: Context, hint: number): Candidate | null {
  const starts: number[] = [];
  for (let i = t.indexOf(exact); i >= 0; i = t.indexOf(exact, i + 1)) starts.push(i);
  if (starts.length > MAX_EXACT) {
    starts.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
    starts.length = MAX_EXACT;
  }
  let best: Candidate | null = null;
  for (const s of starts) best = better(best, accept(t, s, s + exact.length, exact.length, 0, ctx, hint));
  return best;
}

function approxCandidates(t: string, exact: string, ctx: Context, hint: number): Candidate | null {
  if (exact.length < APPROX_MIN) return null;
  const maxErrors = Math.floor(exact.length / 2);
  // approx-string-match reports only the matches with the fewest errors, so a closer copy
  // elsewhere could hide the edited original: the neighbourhood of the old position is searched too.
  const from = Math.max(0, hint - NEAR);
  const near = search(t.slice(from, hint + NEAR + exact.length), exact, maxErrors).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
  const all = t.length > 2 * NEAR + exact.length ? search(t, exact, maxErrors) : [];
  let best: Candidate | null = null;
  for (const m of [...near, ...all]) {
    if (m.end <= m.start) continue;
    best = better(best, accept(t, m.start, m.end, exact.length, m.errors, ctx, hint));
  }
  return best;
}

/**
 * A long quote that does not occur exactly: its first and last APPROX_MAX characters are placed
 * separately (each with its real context on the outside and the quote's own text on the inside),
 * and the note spans from one to the other when they are in order and about as far apart as the
 * quote is long.
 */
function headAndTail(t: string, exact: string, ctx: Context, hint: number): Candidate | null {
  const n = exact.length;
  const headCtx: Context = { prefix: ctx.prefix, suffix: exact.slice(APPROX_MAX, APPROX_MAX + 32) };
  const tailCtx: Context = { prefix: exact.slice(n - APPROX_MAX - 32, n - APPROX_MAX), suffix: ctx.suffix };
  const head = bestOf(t, exact.slice(0, APPROX_MAX), headCtx, hint, false);
  const tail = bestOf(t, exact.slice(n - APPROX_MAX), tailCtx, hint + n - APPROX_MAX, false);
  if (!head || !tail || tail.start < head.start || tail.end <= head.end) return null;
  const span = tail.end - head.start;
  if (span < n / 2 || span > n * 1.5) return null;
  const score = Math.min(head.score, tail.score);
  return { start: head.start, end: tail.end, score, rank: rankOf(score, head.start, hint, t.length) };
}
