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

export type Source = 'tagger' | 'rule' | 'propagated';

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
export function byPosition(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Keeps the first candidate of each overlapping set in priority order: candidates earlier
 * in `ranked` win. O(n log n).
 */
export function resolveOverlaps<T extends { start: number; end: number }>(ranked: readonly T[]): T[] {
  const kept: T[] = [];
  const taken: Array<[number, number]> = []; // sorted disjoint intervals
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    // binary search for the first interval ending after c.start
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]![1] <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const t = taken[lo];
    if (t && t[0] < c.end) continue;
    taken.splice(lo, 0, [c.start, c.end]);
    kept.push(c);
  }
  return kept.sort(byPosition);
}
