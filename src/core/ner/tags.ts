// BIO tag set over the four CoNLL types. Index 0 is O; B-X = 1 + 2k, I-X = 2 + 2k.
export type TagType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export const TYPES: readonly TagType[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const NTAGS = 1 + 2 * TYPES.length;
const TAG_NAMES: readonly string[] = ['O', ...TYPES.flatMap((t) => ['B-' + t, 'I-' + t])];

export const isB = (t: number) => t > 0 && (t & 1) === 1;
export const isI = (t: number) => t > 0 && (t & 1) === 0;
export const typeOf = (t: number) => (t - 1) >> 1;

/** Transition legality under BIO: I-X only after B-X or I-X. Row NTAGS is the sentence start. */
export function allowed(prev: number, cur: number): boolean {
  if (!isI(cur)) return true;
  if (prev === NTAGS || prev === 0) return false;
  return typeOf(prev) === typeOf(cur);
}

export function tagIndex(name: string): number {
  const i = TAG_NAMES.indexOf(name);
  return i < 0 ? 0 : i;
}
