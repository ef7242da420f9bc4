/**
 * Text folded for matching quotes: typographic quotes and dashes as their ASCII forms, zero-width
 * characters and soft hyphens removed, and each whitespace run as one space (or one line break
 * when the run holds one, so block boundaries stay visible to the context scoring). A page that
 * swaps "..." for “...” or re-flows its whitespace then still matches exactly.
 *
 * `toRaw[i]` is the offset in the raw text of folded character i (`toRaw[length]` = raw length);
 * `toFolded[j]` is the folded offset of raw offset j. Both are built in one linear pass.
 */

export interface FoldedText {
  text: string;
  toRaw: Int32Array;
  toFolded: Int32Array;
}

const SAME: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};
const DROPPED = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const SPACE = /\s/;
const LINE = /[\n\r\u2028\u2029\u0085\v\f]/;

export function fold(raw: string): FoldedText {
  const out: string[] = [];
  const toRaw = new Int32Array(raw.length + 1);
  const toFolded = new Int32Array(raw.length + 1);
  let n = 0;
  let runStart = -1;
  let runHasLine = false;
  const flush = () => {
    if (runStart < 0) return;
    out.push(runHasLine ? '\n' : ' ');
    toRaw[n++] = runStart;
    runStart = -1;
    runHasLine = false;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (SPACE.test(c)) {
      toFolded[i] = n; // the run's one character is emitted at flush, at index n
      if (runStart < 0) runStart = i;
      if (LINE.test(c)) runHasLine = true;
      continue;
    }
    flush();
    toFolded[i] = n;
    if (DROPPED.test(c)) continue;
    out.push(SAME[c] ?? c);
    toRaw[n++] = i;
  }
  flush();
  toRaw[n] = raw.length;
  toFolded[raw.length] = n;
  return { text: out.join(''), toRaw: toRaw.subarray(0, n + 1), toFolded };
}

/** Folds a short string (a quote or its context) without the offset maps. */
export function foldString(s: string): string {
  return fold(s).text;
}
