// Span conventions (the gold standard's, see gold/README.md in the shared data): a leading "the", titles and honorifics,
// a possessive 's and stray punctuation stay outside mentions; hyphenated and slashed
// compounds are split ("China-Russia", "pro-Asian", "US-led", "LONDON/BEIJING").
import { isJsSpace, uni } from '../text/uni.ts';
import type { Candidate } from './candidate.ts';
import type { EntityType } from '../types.ts';
import type { PlaceLexicon } from './lexicon.ts';
import { isTitlePart } from './titles.ts';
import { isCapitalised } from '../text/words.ts';

/** Lower-case prefixes that attach to a name with a hyphen and are not part of it. */
const PREFIX = new Set('pro anti post pre non neo ex mid pan trans inter intra ultra counter un semi quasi cross all'.split(' '));
/** Lower-case heads after a hyphen ("US-led", "Moscow-based"): the name is the first part. */
const SUFFIX_RE =
  /^(?:led|based|backed|born|owned|run|made|funded|style|era|controlled|sponsored|allied|friendly|linked|speaking|bound|like|type|class|wide|centric|oriented|dominated|held|occupied|supported|brokered|inspired|related|affiliated|era|listed|registered|headquartered|bred|educated|trained|designed|built|produced|flagged|hosted|themed|focused|owned)$/;
/** Combining forms that make one adjective with the next part ("Sino-Russian", "Anglo-French"). */
const COMBINING = /^(?:Sino|Anglo|Franco|Italo|Russo|Indo|Afro|Euro|Austro|Greco|Judeo|Serbo|Hispano|Luso|Germano|Turco|Nippo|Americano|Irano|Israelo|Arab)$/;

type Span = { start: number; end: number };

/** Capitalised words separated by single spaces, no punctuation: nothing to clean (most spans). */
const SIMPLE = uni(String.raw`^\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)*$`, 'u');

/** Lower-case particles that do occur inside personal names. */
const PARTICLE = uni(
  String.raw`^(?:(?:de|da|di|do|dos|das|del|della|der|den|van|von|ter|ten|bin|binti|ibn|al|el|la|le|du|y|e|i|st)|(?:al|el|ad|ash|as|at|ar|an|bin|ibn|abu|ben|bint)-\p{Lu}.*)$`,
  'u',
);
const HAS_UPPER = uni(String.raw`\p{Lu}`, 'u');
const LOWER_START = uni(String.raw`^\p{Ll}`, 'u');
const INITIAL_DOT = uni(String.raw`(?:^|[\s.])\p{L}\.$`, 'u');
const LOWER_WORD = uni(String.raw`^\p{Ll}[\p{Ll}-]*$`, 'u');
/** A name may end in these lower-case words only while more of it follows ("University of" + …). */
const CONNECTOR_END = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'von', 'van', 'der']);
const LEADING_WORD = uni(String.raw`^([\p{L}-]+)\.?\s+`, 'u');
const SLASHED = uni(String.raw`^[\p{Lu}][\p{L}.]*(?:\/[\p{Lu}][\p{L}.]*)+$`, 'u');
const DEMONYM_LIKE = uni(String.raw`^\p{Lu}\p{Ll}+(?:an|ese|ish|ern|ic|i)$`, 'u');
const SUFFIXED = uni(String.raw`^(\p{Lu}[^-]*)-(\p{Ll}[\p{Ll}-]*)$`, 'u');
const PREFIXED = uni(String.raw`^(\p{Ll}+)-\p{Lu}`, 'u');

/**
 * `keepThe`: a capitalised "The" inside a sentence belongs to the name ("The Hague",
 * "The Greens"); the caller knows the context, this function only sees the span.
 */
export function cleanCandidate(text: string, c: Candidate, lex: PlaceLexicon, keepThe = false): Candidate[] {
  const str = text.slice(c.start, c.end);
  if (!hasGeneralPunct(str) && SIMPLE.test(str) && !str.startsWith('The ') && !(c.type === 'PERSON' && isTitlePart(/^\S+/.exec(str)![0]))) return [c];
  if (c.type === 'PERSON' && HAS_UPPER.test(str) && str.split(/\s+/).some((w) => LOWER_START.test(w) && !PARTICLE.test(w)))
    return splitAtLowercase(text, c, lex);
  const span = trim(text, { start: c.start, end: c.end }, c.type, keepThe);
  if (!span) return [];
  const pieces = splitCompound(text, span, c.type, lex);
  return pieces.map((p) => ({ ...c, start: p.start, end: p.end, type: p.type }));
}

const isApos = (c: number) => c === 39 || c === 0x2019;
/** Quotes, dashes and , ; : shared by both edges: " “ ” ‘ ’ ' , ; : – — - */
const isEdgePunct = (c: number) =>
  c === 34 ||
  c === 0x201c ||
  c === 0x201d ||
  c === 0x2018 ||
  c === 0x2019 ||
  c === 39 ||
  c === 44 ||
  c === 59 ||
  c === 58 ||
  c === 0x2013 ||
  c === 0x2014 ||
  c === 45;
/** [\s"“”‘’'(\[{,;:–—-] */
const isLeadEdge = (c: number) => isJsSpace(c) || isEdgePunct(c) || c === 40 || c === 91 || c === 123;
/** [\s"“”‘’'),\]};:–—-] */
const isTrailEdge = (c: number) => isJsSpace(c) || isEdgePunct(c) || c === 41 || c === 93 || c === 125;

/** Quotes, dashes, primes (U+2000-206F): never letters, marks or the ASCII space, so SIMPLE cannot
 *  match; checked first so "Putin’s" does not compile the Unicode pattern for nothing. */
function hasGeneralPunct(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x2000 && c <= 0x206f) return true;
  }
  return false;
}

function trim(text: string, s: Span, type: EntityType, keepThe: boolean): Span | null {
  let { start, end } = s;
  const t = () => text.slice(start, end);
  // Punctuation and quotes at the edges (keep a final "." of an abbreviation like "U.S.").
  while (start < end && isLeadEdge(text.charCodeAt(start))) start++;
  // Keep a closing bracket that closes one inside the name ("Mladost (L)"). Edge characters are
  // never opening brackets, so whether one is inside is decided once, not per character trimmed.
  const hasOpen = end > start && isTrailEdge(text.charCodeAt(end - 1)) && hasChar(text, start, end, 40);
  const hasOpenSquare = end > start && isTrailEdge(text.charCodeAt(end - 1)) && hasChar(text, start, end, 91);
  while (end > start && isTrailEdge(text.charCodeAt(end - 1))) {
    if ((text[end - 1] === ')' && hasOpen) || (text[end - 1] === ']' && hasOpenSquare)) break;
    end--;
  }
  if (end > start && text[end - 1] === '.' && !INITIAL_DOT.test(t()) && !/\b(?:[A-Z][a-z]?|Inc|Corp|Co|Ltd|Bros|Jr|Sr|Mt|Ave)\.$/.test(t())) end--;
  // Possessive 's / ’s.
  if (end - start >= 2 && isApos(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 1) | 32) === 115 && end - start > 2) end -= 2;
  while (end > start && (isJsSpace(text.charCodeAt(end - 1)) || isApos(text.charCodeAt(end - 1)))) end--;
  // Trailing lower-case words are not part of a name ("China-Russia summit"); DATEs keep them.
  if (type !== 'DATE') end = dropTrailingLower(text, start, end);
  // Leading determiner.
  const det = (keepThe ? /^(?:the|THE)\s+/ : /^(?:the|The|THE)\s+/).exec(t());
  if (det && end - start > det[0].length) start += det[0].length;
  // Leading titles and honorifics of people ("President", "Mr.", "Senior Lecturer").
  if (type === 'PERSON') {
    for (;;) {
      const m = LEADING_WORD.exec(text.slice(start, firstWordEnd(text, start, end)));
      if (!m || !isTitlePart(m[1]!) || end - start <= m[0].length) break;
      start += m[0].length;
    }
  }
  return end > start ? { start, end } : null;
}

function hasChar(text: string, start: number, end: number, code: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/** End of the first word and the whitespace after it: all that LEADING_WORD can match. */
function firstWordEnd(text: string, start: number, end: number): number {
  let k = start;
  while (k < end && !isJsSpace(text.charCodeAt(k))) k++;
  while (k < end && isJsSpace(text.charCodeAt(k))) k++;
  return k;
}

/**
 * Trailing lower-case words are not part of a name ("China-Russia summit"): each last word that is
 * lower case (/\s+\p{Ll}[\p{Ll}-]*$/) is cut while an upper-case letter stays before it and the
 * name does not end in a connector. One backwards scan: retrying that pattern after every cut
 * went back and forth over the whitespace, quadratic on a long gap inside a span.
 */
function dropTrailingLower(text: string, start: number, end: number): number {
  const up = HAS_UPPER.exec(text.slice(start, end));
  if (!up) return end;
  const firstUpper = start + up.index;
  for (;;) {
    let wordStart = end;
    while (wordStart > start && !isJsSpace(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === start || wordStart === end) return end;
    const word = text.slice(wordStart, end);
    if (!LOWER_WORD.test(word) || CONNECTOR_END.has(word)) return end;
    let gapStart = wordStart;
    while (gapStart > start && isJsSpace(text.charCodeAt(gapStart - 1))) gapStart--;
    if (firstUpper >= gapStart) return end;
    end = gapStart;
  }
}

function splitCompound(text: string, s: Span, type: EntityType, lex: PlaceLexicon): Array<Span & { type: EntityType }> {
  const str = text.slice(s.start, s.end);
  // "LONDON/BEIJING": slash-joined capitalised names are separate mentions.
  if (SLASHED.test(str)) {
    const out: Array<Span & { type: EntityType }> = [];
    let at = s.start;
    for (const part of str.split('/')) {
      out.push({ start: at, end: at + part.length, type });
      at += part.length + 1;
    }
    return out;
  }
  // "Samarkand, Uzbekistan": a place followed by the region it is in.
  // Only when the last part is a country ("Sydney, Australia"; not "Washington, D.C.").
  if (
    type === 'PLACE' &&
    /^[^,]+(?:, [^,]+)+$/.test(str) &&
    str.split(', ').every((p) => isCapitalised(p)) &&
    lex.country(str.slice(str.lastIndexOf(', ') + 2)) !== null
  ) {
    const out: Array<Span & { type: EntityType }> = [];
    let at = s.start;
    for (const part of str.split(', ')) {
      out.push(...splitCompound(text, { start: at, end: at + part.length }, type, lex));
      at += part.length + 2;
    }
    return out;
  }
  if (!str.includes('-')) return [{ ...s, type }];
  if (str.includes(' ')) return splitWords(text, s, type, lex);
  const dash = str.indexOf('-');
  const head = str.slice(0, dash);
  if (PREFIX.has(head.toLowerCase()) && LOWER_START.test(head) && isCapitalised(str.slice(dash + 1))) {
    const rest = { start: s.start + dash + 1, end: s.end };
    return splitCompound(text, rest, retype(text.slice(rest.start, rest.end), type, lex), lex);
  }
  const parts = str.split('-');
  const last = parts[parts.length - 1]!;
  if (parts.length === 2 && SUFFIX_RE.test(last) && isCapitalised(parts[0]!)) {
    const name = { start: s.start, end: s.start + parts[0]!.length };
    return [{ ...name, type: retype(parts[0]!, type, lex) }];
  }
  if (COMBINING.test(parts[0]!) || lex.country(str)) return [{ ...s, type }];
  // "China-Russia": split only when every part is a known place (not "Rolls-Royce", "Jean-Pierre").
  if (parts.length >= 2 && parts.every((p) => lex.isPlace(p))) {
    const out: Array<Span & { type: EntityType }> = [];
    let at = s.start;
    for (const p of parts) {
      out.push({ start: at, end: at + p.length, type: 'PLACE' });
      at += p.length + 1;
    }
    return out;
  }
  return [{ ...s, type }];
}

/** Type of a name cut out of a compound: countries are places, nationality words are MISC. */
export function retype(name: string, fallback: EntityType, lex: PlaceLexicon): EntityType {
  if (lex.country(name)) return 'PLACE';
  if (lex.isDemonym(name) || DEMONYM_LIKE.test(name)) return 'MISC';
  return fallback;
}

/**
 * A multi-word span containing "US-led" or "post-World": those words end or start a name
 * ("US-led post-World War II" -> "US", "World War II").
 */
function splitWords(text: string, s: Span, type: EntityType, lex: PlaceLexicon): Array<Span & { type: EntityType }> {
  const out: Array<Span & { type: EntityType }> = [];
  let cur = -1;
  let curEnd = -1;
  let cut = false;
  const close = () => {
    const piece = { start: cur, end: curEnd };
    const t = cut ? retype(text.slice(cur, curEnd), type, lex) : type;
    // Only single words go back to the compound rules ("China-Russia"): no unbounded recursion.
    if (cur >= 0) out.push(...(/\s/.test(text.slice(cur, curEnd)) ? [{ ...piece, type: t }] : splitCompound(text, piece, t, lex)));
    cur = -1;
  };
  for (const m of text.slice(s.start, s.end).matchAll(/\S+/g)) {
    const ws = s.start + m.index!;
    const w = m[0];
    const suffix = type === 'PERSON' ? null : SUFFIXED.exec(w);
    const prefix = PREFIXED.exec(w);
    if (suffix && SUFFIX_RE.test(suffix[2]!)) {
      close();
      out.push({ start: ws, end: ws + suffix[1]!.length, type: retype(suffix[1]!, type, lex) });
      cut = true;
    } else if (prefix && PREFIX.has(prefix[1]!)) {
      close();
      cur = ws + prefix[1]!.length + 1;
      curEnd = ws + w.length;
      cut = true;
    } else {
      if (cur < 0) cur = ws;
      curEnd = ws + w.length;
    }
  }
  close();
  return cut ? out : [{ ...s, type }];
}

/** "Xi supports Mr. Putin" (one PER span across a verb): a name has no lower-case words but particles. */
function splitAtLowercase(text: string, c: Candidate, lex: PlaceLexicon): Candidate[] {
  const out: Candidate[] = [];
  let from = -1;
  let to = -1;
  const flush = () => {
    if (from >= 0) for (const x of cleanCandidate(text, { ...c, start: from, end: to }, lex)) out.push(x);
    from = -1;
  };
  for (const m of text.slice(c.start, c.end).matchAll(/\S+/g)) {
    const ws = c.start + m.index!;
    if (LOWER_START.test(m[0]) && !PARTICLE.test(m[0])) {
      flush();
      continue;
    }
    if (from < 0) from = ws;
    to = ws + m[0].length;
  }
  flush();
  return out;
}
