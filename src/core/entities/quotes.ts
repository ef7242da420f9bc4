// Quote attribution: quoted passages (“…” or "…") with a speech verb nearby are given to
// a person: the subject named before the verb ("Steve Tsang, a professor ..., said, “…”"),
// the name after it ("“…,” said Jane Doe") or, for "he said", the last speaker.
// All windows are bounded, so the pass is linear in the text.
import type { Quote } from '../types.ts';

export interface PersonSpan {
  start: number;
  end: number;
  entity: number;
}

export interface AttributedQuote extends Quote {
  entity: number;
}

const QUOTES = /“([^“”]{1,4000})”|"([^"\n]{1,4000})"/g;
const VERB =
  '(?:said|says|say|told|tells|added|adds|asked|wrote|writes|explained|noted|warned|stated|insisted|argued|declared|continued|recalled|according to)';
const PRONOUN_AFTER = new RegExp(`^[\\s,]*(?:(?:he|she)\\s+${VERB}|${VERB}\\s+(?:he|she))\\b`, 'i');
const VERB_AFTER = new RegExp(`^[\\s,]*${VERB}\\b`, 'i');
const VERB_BEFORE = new RegExp(`\\b${VERB}\\b[^.!?“”"]{0,80}$`, 'i');

export function attributeQuotes(text: string, persons: readonly PersonSpan[]): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  let lastSpeaker = -1;
  let lastEnd = -1;
  for (const m of text.matchAll(QUOTES)) {
    const inner = m[1] ?? m[2] ?? '';
    const start = m.index! + 1;
    const end = start + inner.length;
    if (inner.trim().split(/\s+/).length < 4) continue; // scare quotes: “unlimited”
    const after = cutLine(text.slice(end + 1, end + 121));
    let who = -1;
    const pronounAfter = PRONOUN_AFTER.test(after);
    if (!pronounAfter && VERB_AFTER.test(after)) who = firstIn(persons, end + 1, end + 121);
    else if (!pronounAfter) who = namedThenVerb(text, persons, end + 1); // “…,” Jane Doe said
    if (who < 0) {
      // Before the quote: the clause since the previous sentence end or quote, with a speech verb.
      const from = Math.max(lastEnd + 1, m.index! - 300);
      const before = text.slice(from, m.index!);
      const v = VERB_BEFORE.exec(before);
      if (v) {
        const clauseStart = from + Math.max(before.lastIndexOf('. ', v.index), before.lastIndexOf('\n', v.index), -1) + 1;
        who = firstIn(persons, clauseStart, from + v.index);
        if (who < 0 && /\b(?:he|she)\s+$/i.test(before.slice(0, v.index))) who = recent(lastSpeaker, lastEnd, m.index!, persons);
      } else if (pronounAfter) who = recent(lastSpeaker, lastEnd, m.index!, persons);
      else if (lastSpeaker >= 0 && m.index! - lastEnd < 250 && firstIn(persons, lastEnd, m.index!) < 0) {
        who = lastSpeaker; // a follow-on quote by the same speaker
      }
    }
    if (who >= 0) {
      out.push({ text: inner, start, end, entity: who });
      lastSpeaker = who;
      lastEnd = end;
    }
  }
  return out;
}

/** Index of the first person span starting in [from, to): binary search. */
function lowerBound(persons: readonly PersonSpan[], pos: number): number {
  let lo = 0;
  let hi = persons.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (persons[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstIn(persons: readonly PersonSpan[], from: number, to: number): number {
  const p = persons[lowerBound(persons, from)];
  return p && p.start < to ? p.entity : -1;
}

function nearestBefore(persons: readonly PersonSpan[], pos: number): number {
  const i = lowerBound(persons, pos) - 1;
  return i >= 0 ? persons[i]!.entity : -1;
}

/** "he said": the last speaker when recent, else the closest person named before the quote. */
function recent(lastSpeaker: number, lastEnd: number, at: number, persons: readonly PersonSpan[]): number {
  return lastSpeaker >= 0 && at - lastEnd < 1500 ? lastSpeaker : nearestBefore(persons, at);
}

function namedThenVerb(text: string, persons: readonly PersonSpan[], from: number): number {
  const p = persons[lowerBound(persons, from)];
  if (!p || p.start - from > 8 || !/^[ \t,]*$/.test(text.slice(from, p.start))) return -1;
  return VERB_AFTER.test(text.slice(p.end, p.end + 40)) ? p.entity : -1;
}

/** Attribution after a quote never reaches into the next paragraph. */
function cutLine(s: string): string {
  const nl = s.indexOf('\n');
  return nl >= 0 ? s.slice(0, nl) : s;
}
