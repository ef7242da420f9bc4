// Internal mention candidate shared by the document-pass modules, and the tagger contract
// (structurally the same as src/core/ner's RawMention/Tagger, so any tagger fits).
import type { EntityType } from '../types.ts';

export type TagType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface RawMention {
  start: number;
  end: number;
  type: TagType;
  score: number;
}

export interface TaggerLike {
  tag(text: string): RawMention[];
}

type Source = 'tagger' | 'rule' | 'propagated';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** Confidence in the type, 0..1 (tagger score; rules use fixed values). */
  score: number;
  source: Source;
}

export const TYPE_OF_TAG: Record<TagType, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: 'MISC' };

/** Sort by start, longer first. */
function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Overlap resolution by priority tiers: every span of an earlier tier wins over later ones;
 * within a tier, earlier (then longer) spans win. Each tier is merged into the sorted result
 * with two pointers, so the cost is O(n log n) for the sorts and linear otherwise.
 */
export function resolveOverlaps<T extends { start: number; end: number }>(...tiers: ReadonlyArray<readonly T[]>): T[] {
  let result: T[] = [];
  for (const tier of tiers) {
    const add = tier.filter((c) => c.end > c.start);
    if (!isSorted(add)) add.sort(byPosition); // tagger output usually is: skip the sort
    const merged: T[] = [];
    let i = 0;
    let lastEnd = -1; // end of the last span accepted from this tier
    for (const c of add) {
      while (i < result.length && result[i]!.end <= c.start) merged.push(result[i++]!);
      if (c.start < lastEnd) continue;
      if (i < result.length && result[i]!.start < c.end) continue; // overlaps a winner
      merged.push(c);
      lastEnd = c.end;
    }
    while (i < result.length) merged.push(result[i++]!);
    result = merged;
  }
  return result;
}

function isSorted(xs: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (let i = 1; i < xs.length; i++) if (byPosition(xs[i - 1]!, xs[i]!) > 0) return false;
  return true;
}
