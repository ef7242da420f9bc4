// Cold-start helpers for Unicode-aware patterns. V8 compiles a regular expression on its first
// use, separately for one-byte and two-byte subject strings, and a /u pattern with \p{..} classes
// costs 1-2 ms to compile for a two-byte subject (news text with curly quotes is two-byte): a few
// dozen of them would make the first call of the document pass slow. Each pattern here gets an ASCII
// twin (\p{Lu} -> A-Z, \p{Ll} -> a-z, \p{L} -> A-Za-z, \p{N} -> 0-9, \p{M} -> nothing, no u flag)
// used whenever the subject is pure ASCII, where both give identical results by construction;
// the Unicode pattern is compiled only when a subject really has non-ASCII characters. Patterns
// are given as source strings, not literals: V8 validates every \p{..} of a literal while parsing
// the module, which costs ~4 ms of import.
// Whole-text word scans use char-code loops instead (`isWordCode`).

/** /\s/ of JavaScript, by char code. */
export function isJsSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// A native scan: the document pass asks this of the whole article for every pattern it runs,
// and a char-code loop was ~2 ms of interpreted code in a first call.
const NON_ASCII = /[^\x00-\x7f]/;
function isAscii(s: string): boolean {
  return !NON_ASCII.test(s);
}

const ASCII_CLASS: Record<string, string> = { Lu: 'A-Z', Ll: 'a-z', L: 'A-Za-z', N: '0-9', M: '' };

/** The ASCII twin's source: \p{X} replaced by its ASCII members, inside or outside a class. */
export function asciiSource(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      const m = /^\\p\{(\w+)\}/.exec(src.slice(i));
      if (m) {
        const r = ASCII_CLASS[m[1]!];
        if (r === undefined) throw new Error(`asciiSource: unsupported class ${m[0]}`);
        out += inClass ? r : r ? `[${r}]` : '[]';
        i += m[0].length - 1;
        continue;
      }
      out += ch + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

export class UniRe {
  private re: RegExp | null = null;
  private twin: RegExp | null = null;
  constructor(
    private readonly source: string,
    private readonly flags: string,
  ) {}
  /**
   * The pattern to run on `s`: the ASCII twin for ASCII subjects, else the Unicode pattern.
   * Both are built on first need: V8 validates a \p{..} class while parsing a regular expression
   * literal (60-150 us each), which makes importing the engine ~4 ms slower.
   */
  for(s: string): RegExp {
    if (!isAscii(s)) return (this.re ??= new RegExp(this.source, this.flags));
    return (this.twin ??= new RegExp(asciiSource(this.source), this.flags.replace('u', '')));
  }
  test(s: string): boolean {
    const r = this.for(s);
    r.lastIndex = 0;
    return r.test(s);
  }
  exec(s: string): RegExpExecArray | null {
    const r = this.for(s);
    r.lastIndex = 0;
    return r.exec(s);
  }
  replace(s: string, by: string): string {
    return s.replace(this.for(s), by);
  }
}

/** A Unicode-aware pattern, given as its source (write it as String.raw`...`) and flags with u. */
export const uni = (source: string, flags: string): UniRe => new UniRe(source, flags);

let wordChar: RegExp | null = null; // made on first need, see UniRe.for
const WORDCHAR = (): RegExp => (wordChar ??= new RegExp('[\\p{L}\\p{M}\\p{N}]', 'u'));
const wordCache = new Uint8Array(65536); // 0 unknown, 1 word, 2 not
const astralWord = new Map<number, boolean>();

/** Letter, mark or digit (\p{L}, \p{M}, \p{N}) for a code point; NaN (past the end) is not. */
export function isWordCode(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp !== cp) return false;
  if (cp >= 0x2000 && cp <= 0x206f) return false; // General Punctuation: quotes, dashes, spaces
  if (cp > 0xffff) {
    let r = astralWord.get(cp);
    if (r === undefined) astralWord.set(cp, (r = WORDCHAR().test(String.fromCodePoint(cp))));
    return r;
  }
  let k = wordCache[cp]!;
  if (k === 0) wordCache[cp] = k = WORDCHAR().test(String.fromCharCode(cp)) ? 1 : 2;
  return k === 1;
}

const isSep = (c: number) => c === 45 || c === 46 || c === 39 || c === 0x2019 || c === 38; // - . ' ’ &

/** Code point at i, and its length in code units. */
function cpAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}
const cpLen = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * The next match of /[\p{L}\p{M}\p{N}]+(?:[-.'’&][\p{L}\p{M}\p{N}]+)*\/gu at or after `from`:
 * its end, with the start written to `at[0]`; -1 when there is none.
 */
export function nextWord(text: string, from: number, at: Int32Array | number[]): number {
  const n = text.length;
  let i = from;
  for (;;) {
    if (i >= n) return -1;
    const cp = cpAt(text, i);
    if (isWordCode(cp)) break;
    i += cpLen(cp);
  }
  at[0] = i;
  for (;;) {
    while (i < n) {
      const cp = cpAt(text, i);
      if (!isWordCode(cp)) break;
      i += cpLen(cp);
    }
    if (i + 1 < n && isSep(text.charCodeAt(i)) && isWordCode(cpAt(text, i + 1))) {
      i += 1;
      continue;
    }
    return i;
  }
}
