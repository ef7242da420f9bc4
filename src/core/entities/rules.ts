// Rule-based mentions that fill gaps the statistical tagger leaves in news text:
// all-caps datelines, news-source and website names, "the West", names inside hyphen
// compounds ("pro-Asian", "US-led") and acronyms defined in parentheses.
import { isJsSpace, uni } from '../text/uni.ts';
import type { Candidate } from './candidate.ts';
import type { PlaceLexicon } from './lexicon.ts';
import { retype } from './clean.ts';
import { isCapitalised } from '../text/words.ts';

const rule = (start: number, end: number, type: Candidate['type'], score: number): Candidate => ({ start, end, type, score, source: 'rule' });

/** "LONDON/BEIJING (Archyde.com) –" or "WASHINGTON (Reuters) -" at the start of a line. */
// Datelines and domain names are in Latin capitals; narrow classes compile far faster than
// \p{Lu} on the first call (cold start).
const DATELINE = /(?:^|\n)[ \t]*((?:[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+)(?:[ /][A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){0,5})[ \t]*(?:,[^\n()]{0,30})?(?:\(([^()\n]{2,40})\))?[ \t]*[–—-]/g;
/** Capitalised domain names are outlets: ORG. Found from the top-level domain backwards (fast). */
const TLD = /\.(?:com|org|net|co\.uk|news|info|io|tv|fm)(?![\w.])/g;
const SITE_NAME = /(?<![\w.@/])[A-Z][A-Za-z0-9-]{1,40}$/;
const THE_WEST = /\b[Tt]he (West)\b(?![ \t]+[A-Z])/g;
/** Tested only on the word around each hyphen (a whole-text scan with lookbehinds is slow). */
const LETTER = uni(String.raw`\p{L}`, 'u');
const HYPHEN_WORD = uni(String.raw`^(?:(\p{Ll}+)-(\p{Lu}\p{L}+)|(\p{Lu}[\p{L}.]+)-(\p{Ll}+))$`, 'u');
const ACR_PAREN = uni(String.raw`^\s*\(([\p{Lu}][\p{Lu}\p{Ll}&]{1,9})\)`, 'u');
const NON_UPPER = uni(String.raw`[^\p{Lu}]`, 'gu');

export function ruleMentions(text: string, lex: PlaceLexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DATELINE)) {
    const places = m[1]!;
    // A line of capitals followed by a dash is only a dateline with a source or known places.
    if (!m[2] && !places.split('/').every((p) => lex.isPlace(p))) continue;
    let at = m.index! + m[0].indexOf(places);
    for (const part of places.split('/')) {
      if (part.length >= 2) out.push(rule(at, at + part.length, 'PLACE', 0.9));
      at += part.length + 1;
    }
    if (m[2]) {
      const src = m[2].trim();
      const s = m.index! + m[0].lastIndexOf(src);
      if (isCapitalised(src)) out.push(rule(s, s + src.length, 'ORG', 0.9));
    }
  }
  for (const m of text.matchAll(TLD)) {
    const name = SITE_NAME.exec(text.slice(Math.max(0, m.index! - 42), m.index!));
    if (name) out.push(rule(m.index! - name[0].length, m.index! + m[0].length, 'ORG', 0.8));
  }
  for (const m of text.matchAll(THE_WEST)) {
    const s = m.index! + 4;
    out.push(rule(s, s + 4, 'PLACE', 0.55));
  }
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    let a = h;
    let b = h + 1;
    while (a > 0 && h - a < 40 && (LETTER.test(text[a - 1]!) || text[a - 1] === '.')) a--;
    while (b < text.length && b - h < 40 && LETTER.test(text[b]!)) b++;
    if (/[0-9-]/.test(text[a - 1] ?? '') || LETTER.test(text[b] ?? '') || text[b] === '-') continue;
    const m = HYPHEN_WORD.exec(text.slice(a, b));
    if (!m) continue;
    // "pro-Asian": the name after a lower-case prefix; "US-led": the name before a lower-case head.
    const name = m[2] ?? m[3]!;
    const s = m[2] ? a + m[1]!.length + 1 : a;
    const type = retype(name, 'MISC', lex);
    if (m[2] && type === 'MISC' && !lex.isDemonym(name) && !/(?:an|ese|ish|ern)$/.test(name)) continue;
    if (m[3] && type !== 'PLACE') continue;
    out.push(rule(s, s + name.length, type, 0.6));
  }
  return out;
}

/** Initials of the capitalised words of a name ("Shanghai Cooperation Organization" -> "SCO"). */
export function initials(name: string): string {
  let s = '';
  for (const w of name.split(/[\s-]+/)) if (w && isCapitalised(w)) s += w[0];
  return s;
}

/** "Shanghai Cooperation Organization (SCO)": the acronym gets the expansion's type. */
export function acronymDefinitions(text: string, cands: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    // Char-code pre-check of ACR_PAREN's /^\s*\(/ on the same 16 characters: most names are not
    // followed by "(", and running the pattern on every one compiled it on the first call.
    const lim = Math.min(text.length, c.end + 16);
    let k = c.end;
    while (k < lim && isJsSpace(text.charCodeAt(k))) k++;
    if (k >= lim || text.charCodeAt(k) !== 40) continue;
    const m = ACR_PAREN.exec(text.slice(c.end, c.end + 16));
    if (!m || !isAcronymOf(m[1]!, text.slice(c.start, c.end))) continue;
    const s = c.end + m[0].indexOf(m[1]!);
    out.push({ start: s, end: s + m[1]!.length, type: c.type, score: c.score, source: 'rule' });
  }
  return out;
}

/** Acronym letters equal the initials, or appear in order among the name's capitals. */
export function isAcronymOf(acr: string, name: string): boolean {
  const a = NON_UPPER.replace(acr, '');
  if (a.length < 2 || a === name) return false;
  if (initials(name) === a) return true;
  const caps = NON_UPPER.replace(name, '');
  let i = 0;
  for (const ch of caps) if (ch === a[i]) i++;
  return i === a.length && a[0] === caps[0];
}
