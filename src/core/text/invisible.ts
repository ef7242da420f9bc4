// Invisible format characters in page text (soft hyphens in news markup, zero-width spaces and
// joiners, word joiners, byte order marks) split names for the tagger: "Lon\u00ADdon" was "Lon".
// The engine analyses a cleaned text and maps every offset back to the original, so highlights
// still cover exactly what the page has ("Lon\u00ADdon" as one mention, soft hyphen inside).
// One linear pass; a text without such characters is used as it is (no copy, no map).

/** Soft hyphen, Mongolian vowel separator, ZWSP, ZWNJ, ZWJ, word joiner, invisible operators, BOM. */
function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x180e || (c >= 0x200b && c <= 0x200d) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

const ANY_INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;

export function hasInvisible(text: string): boolean {
  return ANY_INVISIBLE.test(text);
}

const isLowerLetter = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/**
 * What a run of invisible characters text[i, j) reads as: nothing, or one space. A zero-width
 * space is a word boundary (Unicode's meaning, and how "Angela\u200BMerkel" is meant: the same
 * name as "Angela Merkel"), except between two lower-case letters, where it is only a break
 * opportunity inside a word ("Pa\u200Bris"), like a soft hyphen, and at the text's edges, where
 * it separates nothing. Every other invisible is nothing.
 */
function runIsSpace(text: string, i: number, j: number): boolean {
  let zwsp = false;
  for (let k = i; k < j; k++) if (text.charCodeAt(k) === 0x200b) zwsp = true;
  if (!zwsp) return false;
  if (i === 0 || j === text.length) return false; // nothing to separate
  return !(isLowerLetter(text[i - 1]!) && isLowerLetter(text[j]!));
}

/** Start and end of the run of invisibles that contains position k. */
function runAround(text: string, k: number): [number, number] {
  let i = k;
  let j = k;
  while (i > 0 && isInvisible(text.charCodeAt(i - 1))) i--;
  while (j < text.length && isInvisible(text.charCodeAt(j))) j++;
  return [i, j];
}

/**
 * The cleaned text of text[from, to) (the whole text by default): invisible runs removed, or one
 * space where a run reads as a space (placed at the run's first zero-width space). Runs are judged
 * by the whole text around them, so a part cleans to the same string as its part of the whole.
 * `map`, when given (at least to - from + 1 long), receives for each cleaned code unit its offset
 * in the original text.
 */
export function cleanInvisible(text: string, from = 0, to = text.length, map?: Int32Array): string {
  const parts: string[] = [];
  let at = from; // start of the visible stretch not yet copied
  let k = from;
  let w = 0; // cleaned code units so far
  while (k < to) {
    if (!isInvisible(text.charCodeAt(k))) {
      if (map) map[w] = k;
      w++;
      k++;
      continue;
    }
    if (k > at) parts.push(text.slice(at, k));
    const [i, j] = runAround(text, k);
    if (runIsSpace(text, i, j)) {
      let z = i;
      while (text.charCodeAt(z) !== 0x200b) z++;
      if (z >= k && z < to) {
        parts.push(' ');
        if (map) map[w] = z;
        w++;
      }
    }
    k = Math.min(j, to);
    at = k;
  }
  if (to > at) parts.push(text.slice(at, to));
  return parts.join('');
}

/** The cleaned text and, for each of its code units and its end, the offset in the original. */
export interface CleanText {
  text: string;
  /** map[i]: original offset of cleaned code unit i; map[text.length]: the original's length. */
  map: Int32Array;
}

export function cleanWithMap(text: string): CleanText {
  const offsets = new Int32Array(text.length + 1);
  const clean = cleanInvisible(text, 0, text.length, offsets);
  offsets[clean.length] = text.length;
  return { text: clean, map: offsets.subarray(0, clean.length + 1) };
}

/** The original span of the cleaned span [start, end): from its first to just after its last code unit. */
export function originalSpan(map: Int32Array, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: map[start]!, end: map[start]! };
  return { start: map[start]!, end: map[end - 1]! + 1 };
}
