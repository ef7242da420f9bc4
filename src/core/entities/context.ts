// Per-entity context: first sentence, co-mentioned entities (same sentence, most
// frequent first) and the best title among those written around its mentions.
import type { Span } from '../text/sentences.ts';
import { sentenceAt } from '../text/sentences.ts';

export interface PlacedMention {
  start: number;
  end: number;
  entity: number;
}

/** For each entity: index of the first sentence mentioning it (or -1). */
export function firstSentences(mentions: readonly PlacedMention[], sents: readonly Span[], nEntities: number): number[] {
  const first = new Array<number>(nEntities).fill(-1);
  for (const m of mentions) if (first[m.entity] === -1) first[m.entity] = sentenceAt(sents, m.start);
  return first;
}

/** For each entity: other entities in its sentences, by number of shared sentences then first co-occurrence. */
export function coMentions(mentions: readonly PlacedMention[], sents: readonly Span[], nEntities: number): number[][] {
  const counts = Array.from({ length: nEntities }, () => new Map<number, number>());
  let i = 0;
  while (i < mentions.length) {
    const s = sentenceAt(sents, mentions[i]!.start);
    const inSentence = new Set<number>();
    let j = i;
    while (j < mentions.length && sentenceAt(sents, mentions[j]!.start) === s) inSentence.add(mentions[j++]!.entity);
    if (s < 0) inSentence.clear();
    // Cap the pairwise work per sentence: a pathological "sentence" must not go quadratic.
    const list = [...inSentence].slice(0, 64);
    for (const a of list) for (const b of list) if (a !== b) counts[a]!.set(b, (counts[a]!.get(b) ?? 0) + 1);
    i = j;
  }
  return counts.map((m) => [...m.entries()].sort((x, y) => y[1] - x[1]).map(([e]) => e));
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
    if (!best || c.rank > best.rank || (c.rank === best.rank && (c.title.length > best.title.length || (c.title.length === best.title.length && c.at < best.at)))) best = c;
  }
  return best ? best.title : null;
}
