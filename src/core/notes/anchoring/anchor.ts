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
 * A candidate is accepted when its evidence score (score.ts) reaches ACCEPT (ACCEPT_APPROX for a
 * place whose text differs from the quote). Among accepted ones
 * the best wins, weighted like Hypothesis (quote and context 90, position 2 as a tie-breaker).
 */
import search from 'approx-string-match';
import type { NoteSelectors } from '../model.ts';
import { fold, foldString, type FoldedText } from './fold.ts';
import { bestEnd, bestStart, editDistance, evidence, MIN_EVIDENCE, type Context } from './score.ts';

/** Evidence score a place needs (share of prefix + quote + suffix characters it reproduces). */
const ACCEPT = 0.8;
/** The same for a place whose text differs from the quote: a near-copy elsewhere must not pass. */
const ACCEPT_APPROX = 0.85;
/** Longest quote matched approximately in one piece (two 32-bit blocks of approx-string-match). */
export const APPROX_MAX = 64;
/** Shortest quote matched approximately: below it too many places are "close". */
const APPROX_MIN = 6;
/** Exact occurrences scored at most (the nearest to the old position). */
const MAX_EXACT = 2000;
/** Longest quote whose edit distance to a candidate span is computed in full. */
const EXACT_DISTANCE_MAX = 512;
/** Half-width of the window around the old position searched approximately as well as the whole text. */
const NEAR = 4096;

type AnchorMethod = 'position' | 'quote' | 'approximate';

export type AnchorResult = { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number } | { status: 'detached' };

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

  const found = bestOf(f.text, exact, ctx, hint);
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
/**
 * `piece`: the head or tail of a long quote, judged again as a whole (headAndTail), so its own
 * approximate matches need only ACCEPT: one edit in the middle of the quote weighs on a piece of
 * it far more than on the whole.
 */
function bestOf(t: string, exact: string, ctx: Context, hint: number, piece = false): (Candidate & { exact: boolean }) | null {
  const ex = exactCandidates(t, exact, ctx, hint);
  if (ex) return { ...ex, exact: true };
  const approxAccept = piece ? ACCEPT : ACCEPT_APPROX;
  const ap = exact.length > APPROX_MAX ? (piece ? null : headAndTail(t, exact, ctx, hint)) : approxCandidates(t, exact, ctx, hint, approxAccept);
  return ap ? { ...ap, exact: false } : null;
}

function accept(t: string, start: number, end: number, qLen: number, qErr: number, ctx: Context, hint: number, approxAccept = ACCEPT_APPROX): Candidate | null {
  const e = evidence(t, start, end, qLen, qErr, ctx);
  if (e.score < (qErr > 0 ? approxAccept : ACCEPT) || e.length < MIN_EVIDENCE) return null;
  return { start, end, score: e.score, rank: rankOf(e.score, start, hint, t.length) };
}

function exactCandidates(t: string, exact: string, ctx: Context, hint: number): Candidate | null {
  const starts: number[] = [];
  for (let i = t.indexOf(exact); i >= 0; i = t.indexOf(exact, i + 1)) starts.push(i);
  // Nearest first: the first place whose context agrees perfectly cannot be beaten (a farther one
  // could only tie on agreement and lose on nearness), so the search stops there.
  starts.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
  if (starts.length > MAX_EXACT) starts.length = MAX_EXACT;
  let best: Candidate | null = null;
  for (const s of starts) {
    best = better(best, accept(t, s, s + exact.length, exact.length, 0, ctx, hint));
    if (best && best.score === 1) break;
  }
  return best;
}

function approxCandidates(t: string, exact: string, ctx: Context, hint: number, approxAccept: number): Candidate | null {
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
    best = better(best, accept(t, m.start, m.end, exact.length, m.errors, ctx, hint, approxAccept));
  }
  return best && widen(t, best, exact, ctx, hint, approxAccept);
}

/**
 * The fewest edits can end a match short of words inserted into the quote ("he should be" found
 * as "he should in" in "he should in a statement be"). The context says where the passage really
 * is: the span moves to where the stored prefix ends and the suffix begins when that costs fewer
 * edits in all (characters between the span and its context count as edits), so the note covers
 * the edited passage, not a piece of it; when that passage is too unlike the quote, null.
 */
function widen(t: string, c: Candidate, exact: string, ctx: Context, hint: number, approxAccept: number): Candidate | null {
  const reach = exact.length + 40; // as far as an inserted phrase may have pushed the context
  let prefixEnd = -1;
  let suffixStart = -1;
  if (ctx.prefix) {
    const from = Math.max(0, c.start - reach - ctx.prefix.length);
    const e = bestEnd(t.slice(from, c.start + 8), ctx.prefix);
    if (e >= 0) prefixEnd = from + e;
  }
  if (ctx.suffix) {
    const from = Math.max(c.start + 1, c.end - 8);
    const s = bestStart(t.slice(from, c.end + reach + ctx.suffix.length), ctx.suffix);
    if (s >= 0) suffixStart = from + s;
  }
  if (prefixEnd < 0 && suffixStart < 0) return c;
  // Cost of a span: edits between quote and span, plus every character left between the span and
  // where its context was found (text the note would neither cover nor explain).
  const cost = (s: number, e: number) =>
    editDistance(exact, t.slice(s, e)) + (prefixEnd >= 0 ? Math.abs(s - prefixEnd) : 0) + (suffixStart >= 0 ? Math.abs(suffixStart - e) : 0);
  const trim = (s: number, e: number): [number, number] => {
    while (s < e && /\s/.test(t[s]!)) s++;
    while (e > s && /\s/.test(t[e - 1]!)) e--;
    return [s, e];
  };
  let best: [number, number] = [c.start, c.end];
  let bestCost = cost(c.start, c.end);
  for (const s0 of prefixEnd >= 0 ? [c.start, prefixEnd] : [c.start]) {
    for (const e0 of suffixStart >= 0 ? [c.end, suffixStart] : [c.end]) {
      const [s, e] = trim(s0, e0);
      if (e <= s || e - s > 2 * exact.length + 32) continue;
      // whitespace trimmed off a span is not a gap
      const k = cost(s, e) - (s - s0) - (e0 - e);
      if (k < bestCost) {
        best = [s, e];
        bestCost = k;
      }
    }
  }
  if (best[0] === c.start && best[1] === c.end) return c;
  const ev = evidence(t, best[0], best[1], exact.length, editDistance(exact, t.slice(best[0], best[1])), ctx);
  // The context places the passage elsewhere than the match, and that passage differs too much
  // from the quote: the match was a piece of a rewritten passage, so the note is detached.
  return ev.score >= approxAccept ? { start: best[0], end: best[1], score: ev.score, rank: rankOf(ev.score, best[0], hint, t.length) } : null;
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
  const head = bestOf(t, exact.slice(0, APPROX_MAX), headCtx, hint, true);
  const tail = bestOf(t, exact.slice(n - APPROX_MAX), tailCtx, hint + n - APPROX_MAX, true);
  if (!head || !tail || tail.start < head.start || tail.end <= head.end) return null;
  const span = tail.end - head.start;
  if (span < n / 2 || span > n * 1.5) return null;
  // The whole span judged like any approximate match; its edit distance is exact up to
  // EXACT_DISTANCE_MAX characters, beyond that estimated from the length difference and the
  // pieces' own scores (a full distance would cost n² there).
  const text = t.slice(head.start, tail.end);
  const qErr =
    n <= EXACT_DISTANCE_MAX ? editDistance(exact, text) : Math.abs(span - n) + Math.round((1 - head.score) * APPROX_MAX + (1 - tail.score) * APPROX_MAX);
  const e = evidence(t, head.start, tail.end, n, qErr, ctx);
  if (e.score < ACCEPT_APPROX) return null;
  return { start: head.start, end: tail.end, score: e.score, rank: rankOf(e.score, head.start, hint, t.length) };
}
