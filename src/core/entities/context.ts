// Per-entity context: first sentence, co-mentioned entities (same sentence, most
// frequent first) and the best title among those written around its mentions.
import type { Span } from '../text/sentences.ts';
import type { SentenceWindow } from '../types.ts';
import { cleanInvisible } from '../text/invisible.ts';

export interface PlacedMention {
  start: number;
  end: number;
  entity: number;
}

/** Sentence index of each mention (mentions sorted by start): one moving pointer, linear. */
export function sentenceIndexes(mentions: readonly PlacedMention[], sents: readonly Span[]): Int32Array {
  const out = new Int32Array(mentions.length);
  let s = 0;
  mentions.forEach((m, i) => {
    while (s < sents.length && sents[s]!.end <= m.start) s++;
    out[i] = s < sents.length && sents[s]!.start <= m.start ? s : -1;
  });
  return out;
}

/** For each entity: index of the first sentence mentioning it (or -1). */
export function firstSentences(mentions: readonly PlacedMention[], sentOf: Int32Array, nEntities: number): number[] {
  const first = new Array<number>(nEntities).fill(-1);
  mentions.forEach((m, i) => {
    if (first[m.entity] === -1) first[m.entity] = sentOf[i]!;
  });
  return first;
}

/**
 * Characters of a first sentence kept on each side of the entity's first mention. A card shows at
 * most 320 around the mention (src/content/card/view.ts clips with card-text's clipMarked), so this
 * window changes nothing a card shows, and bounds what each entity carries: an 84k-character
 * sentence copied into each of its thousands of entities made replies of tens of megabytes.
 */
export const SENTENCE_WINDOW = 330;

/** The first sentence around the mention [mStart, mEnd), cut to SENTENCE_WINDOW each side. */
export function sentenceWindow(text: string, sentence: Span, mStart: number, mEnd: number): SentenceWindow {
  let start = sentence.start;
  let end = sentence.end;
  const cutBefore = mStart - start > SENTENCE_WINDOW;
  const cutAfter = end - mEnd > SENTENCE_WINDOW;
  if (cutBefore) {
    start = mStart - SENTENCE_WINDOW;
    if (isLowSurrogate(text.charCodeAt(start))) start++; // never half an emoji
  }
  if (cutAfter) {
    end = mEnd + SENTENCE_WINDOW;
    if (isLowSurrogate(text.charCodeAt(end))) end--;
  }
  return { start, end, cutBefore, cutAfter };
}

/**
 * The window's text, with "…" where it was cut; read through invisible characters
 * (text/invisible.ts) when `invisible` says the text has some (asked once per text by the caller:
 * asking per window would scan the whole text once per entity).
 */
export function windowText(text: string, w: SentenceWindow, invisible: boolean): string {
  const inner = invisible ? cleanInvisible(text, w.start, w.end) : text.slice(w.start, w.end);
  return (w.cutBefore ? '…' : '') + inner + (w.cutAfter ? '…' : '');
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Co-mentioned entities kept per entity: a card offers a few (view.ts's RELATED_MAX, among those shown). */
const CO_MENTIONED_MAX = 10;

/**
 * For each entity: other entities in its sentences, by number of shared sentences then first
 * co-occurrence; at most CO_MENTIONED_MAX, so the reply stays proportional to the text.
 */
export function coMentions(mentions: readonly PlacedMention[], sentOf: Int32Array, nEntities: number): number[][] {
  const counts = Array.from({ length: nEntities }, () => new Map<number, number>());
  // After 100 sentences an entity's ranking is settled; stop counting it (bounds huge inputs).
  const seen = new Uint16Array(nEntities);
  let i = 0;
  while (i < mentions.length) {
    const s = sentOf[i]!;
    const inSentence = new Set<number>();
    let j = i;
    while (j < mentions.length && sentOf[j] === s) inSentence.add(mentions[j++]!.entity);
    if (s >= 0 && inSentence.size > 1) {
      // Cap the pairwise work per sentence: a pathological "sentence" must not go quadratic.
      const list = [...inSentence].filter((e) => seen[e]! < 100).slice(0, 64);
      for (const e of list) seen[e]!++;
      for (const a of list) for (const b of list) if (a !== b) counts[a]!.set(b, (counts[a]!.get(b) ?? 0) + 1);
    }
    i = j;
  }
  return counts.map((m) =>
    [...m.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, CO_MENTIONED_MAX)
      .map(([e]) => e),
  );
}

export interface TitleCandidate {
  title: string;
  /** 3 = position before the name, 2 = appositive role, 1 = honorific only. */
  rank: number;
  at: number;
}

export function bestTitle(cands: readonly TitleCandidate[]): string | null {
  let best: TitleCandidate | null = null;
  // Highest rank; then the fuller title ("chief executive" over "chief"); then the earliest.
  for (const c of cands) {
    if (
      !best ||
      c.rank > best.rank ||
      (c.rank === best.rank && (c.title.length > best.title.length || (c.title.length === best.title.length && c.at < best.at)))
    )
      best = c;
  }
  return best ? best.title : null;
}
