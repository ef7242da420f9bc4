// Test support: a stand-in tagger that tags every occurrence of the given strings
// (whole words, longest first), so the document pass can be tested without a model.
// Scores are in the tagger's margin units (100 = sure).
import type { RawMention, TaggerLike, TagType } from './candidate.ts';

export function fakeTagger(spec: ReadonlyArray<readonly [string, TagType, number?]>): TaggerLike {
  const sorted = [...spec].sort((a, b) => b[0].length - a[0].length);
  return {
    tag(text: string): RawMention[] {
      const out: RawMention[] = [];
      const taken = new Uint8Array(text.length);
      for (const [s, type, score = 100] of sorted) {
        for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
          const end = i + s.length;
          if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
          if (taken.subarray(i, end).some((x) => x === 1)) continue;
          taken.fill(1, i, end);
          out.push({ start: i, end, type, score });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
