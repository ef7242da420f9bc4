// Repairs of tagger spans that need their neighbours (the tagger decides per token):
// a name cut at a connector ("University of" + "New South Wales"), a place that heads a
// longer name ("Beijing" + "Winter" + "Olympics"), a trailing numeral ("Nord Stream 1"),
// and department names in parentheses inside job titles ("Lecturer (Politics ...)").
import { uni } from '../text/uni.ts';
import type { Candidate } from './candidate.ts';
import { isTitlePart } from './titles.ts';
import { isAllCaps } from '../text/words.ts';

const CONNECTOR = /\s(?:of|for|and|de|du|del|der|von|van)$/;
/** Title-case words between a place and a name ("Beijing Winter Olympics"); not all-caps headlines. */
const CAP_WORDS = uni(String.raw`^(?:\s\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*){0,3}\s$`, 'u');

/** The second char of a gap that CAP_WORDS can match is upper case: ASCII answered directly, so
 *  the Unicode pattern is only compiled for gaps that could match (cold start). */
function mayBeCapitalWord(c: number): boolean {
  return c >= 128 || (c >= 65 && c <= 90);
}

export function repairSpans(text: string, sorted: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let c = sorted[i]!;
    const next = sorted[i + 1];
    if (next && c.type !== 'DATE' && next.type !== 'DATE') {
      const gap = text.slice(c.end, next.start);
      const own = text.slice(c.start, c.end);
      // "University of" + " " + "New South Wales" -> one name of the first type.
      if (gap === ' ' && CONNECTOR.test(own)) {
        c = { ...c, end: next.end, score: Math.max(c.score, next.score) };
        i++;
      } else if (
        c.type === 'PLACE' &&
        (next.type === 'MISC' || next.type === 'ORG') &&
        gap.length <= 40 &&
        gap.length > 1 &&
        mayBeCapitalWord(gap.charCodeAt(1)) &&
        CAP_WORDS.test(gap) &&
        !isAllCaps(own)
      ) {
        // "Beijing Winter Olympics", "London Stock Exchange": the place is a modifier.
        c = { ...next, start: c.start };
        i++;
      }
    }
    if ((c.type === 'ORG' || c.type === 'MISC') && /\s/.test(text.slice(c.start, c.end))) {
      // "Nord Stream 1", "Power of Siberia 2", "World War II"; not scores ("Somerset 83", "Pohang 3 Ulsan 2").
      // (cheap pre-check: the pattern needs " " and a digit, I or V first)
      const d = text.charCodeAt(c.end + 1);
      const m = text.charCodeAt(c.end) === 32 && ((d >= 48 && d <= 57) || d === 73 || d === 86) ? NUMERAL_AFTER.exec(text.slice(c.end, c.end + 8)) : null;
      if (m && !(next && next.start < c.end + m[0].length)) c = { ...c, end: c.end + m[0].length };
    }
    // A connector kept for the join above but left dangling ("West for") is not part of the name.
    const dangling = CONNECTOR.exec(text.slice(c.start, c.end));
    if (dangling && c.type !== 'DATE') c = { ...c, end: c.end - dangling[0].length };
    if (inRoleParens(text, c)) continue;
    out.push(c);
  }
  return out;
}

/** "Senior Lecturer (Politics and International Relations)": a department, part of the title. */
function inRoleParens(text: string, c: Candidate): boolean {
  if (text[c.end] !== ')') return false;
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const m = BEFORE_PAREN.exec(before);
  return m !== null && isTitlePart(m[1]!);
}

const BYLINE_BEFORE = uni(
  String.raw`(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Rr]eported|[Ww]ritten|[Ee]dited|[Cc]ompiled) by\s+(?:[\p{L}.'’ -]{1,40}(?:,| and)\s+)?$`,
  'u',
);
const NUMERAL_AFTER = uni(String.raw`^ (?:\d{1,2}|I{1,3}|IV|V|VI{1,3})(?![\p{L}\p{N}]|[.,:-]\d| ?[%\d-]| \p{Lu}|\s*\n|\s*$)`, 'u');
const BEFORE_PAREN = uni(String.raw`([\p{L}.]+)\s*\($`, 'u');
const BYLINE_AFTER = /^,? (?:reporter|correspondent|editor|writer|photographer|columnist)s?\b[,;)\n]/;

/** News bylines name people: "(Reporting by X; Editing by Y)", "(X reporter, Y reporter)". */
export function bylinePersons(text: string, cands: readonly Candidate[]): Candidate[] {
  return cands.map((c) => {
    if (c.type === 'PERSON' || c.type === 'DATE' || !/\s/.test(text.slice(c.start, c.end))) return c;
    const before = text.slice(Math.max(0, c.start - 60), c.start);
    const after = text.slice(c.end, c.end + 16);
    return (before.includes(' by') && BYLINE_BEFORE.test(before)) || BYLINE_AFTER.test(after)
      ? { ...c, type: 'PERSON' as const, score: Math.max(c.score, 0.9) }
      : c;
  });
}
