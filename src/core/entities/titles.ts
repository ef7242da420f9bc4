// Titles and roles of people: the honorific/position lexicon, titles written before a
// name ("Chinese President Xi Jinping", "Mr. Xi") and appositives after it
// ("Steve Tsang, a professor at ..., said"). General English rules, no names.
import { uni } from '../text/uni.ts';
const LOWER_START = uni(String.raw`^\p{Ll}`, 'u');
// Capitalised words to the end, spaces only between them: "(?:\p{Lu}[…]*\s*)+" also matched them,
// but split a run of capitals every possible way before failing (exponential on "in AAAA…A!").
const IN_PLACE = uni(String.raw`\s+in\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*)*\s*$`, 'u');
import type { PlaceLexicon } from './lexicon.ts';
import { isCapitalised, words } from '../text/words.ts';

const HONORIFICS = 'mr mrs ms miss mx dr prof sir dame lord lady rev hon messrs mme mlle herr frau sheikh sheik imam rabbi ayatollah';
const POSITIONS =
  'president president-elect minister chancellor premier king queen prince princess emperor empress pope cardinal ' +
  'archbishop bishop senator sen rep representative congressman congresswoman governor gov mayor secretary general gen ' +
  'admiral adm colonel col major maj captain capt lieutenant lt sergeant sgt commander cmdr marshal chairman chairwoman ' +
  'chair chairperson ceo cfo coo director professor lecturer reader judge justice ambassador envoy spokesman spokeswoman ' +
  'spokesperson leader speaker commissioner inspector detective superintendent constable officer attorney prosecutor ' +
  'duke duchess earl baron baroness chief executive coach manager founder co-founder economist analyst editor ' +
  'mp mep dean rector provost pastor father brother sister doctor ' +
  'activist campaigner researcher scientist lawyer diplomat adviser advisor strategist historian author novelist ' +
  'journalist reporter correspondent columnist commentator investor banker entrepreneur';
const MODIFIERS =
  'vice deputy prime senior junior associate assistant acting former late then foreign defence defense finance interior health grand crown first supreme';

const HEAD = new Set([...HONORIFICS.split(' '), ...POSITIONS.split(' ')]);
const HONOR = new Set(HONORIFICS.split(' '));
const MOD = new Set(MODIFIERS.split(' '));

const bare = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w).toLowerCase();

/** Honorific or position word ("Mr.", "President", "Lecturer", "Secretary-General"). */
export function isTitleWord(w: string): boolean {
  const b = bare(w);
  if (HEAD.has(b)) return true;
  const parts = b.split('-');
  return parts.length > 1 && parts.every((p) => HEAD.has(p) || MOD.has(p)) && parts.some((p) => HEAD.has(p));
}
/** Any word that may be part of a title before a name, including modifiers ("Vice", "Senior"). */
export function isTitlePart(w: string): boolean {
  const b = bare(w);
  return HEAD.has(b) || MOD.has(b) || isTitleWord(w);
}
export function isHonorific(w: string): boolean {
  return HONOR.has(bare(w));
}

export interface PreTitle {
  /** "Chinese President", "Mr." */
  title: string;
  /** Where the titled form starts (first title word, demonyms excluded): "President Xi Jinping". */
  titledStart: number;
  /** Only honorifics: weaker than a real position. */
  honorificOnly: boolean;
}

/** The title written right before a name starting at `start`, or null. Scans back at most 8 words. */
export function titleBefore(text: string, start: number, lex: PlaceLexicon): PreTitle | null {
  const ws = words(text, Math.max(0, start - 80), start).slice(-8);
  let first = -1;
  let firstTitle = -1;
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i]!;
    const next = i === ws.length - 1 ? start : ws[i + 1]!.start;
    const gap = text.slice(w.end, next);
    // Only spaces (or the honorific's own period) may separate title words from the name.
    if (!/^\.?\s+$/.test(gap) || (gap.startsWith('.') && !(isTitleWord(w.text) && isCapitalised(w.text) && w.text.length <= 4))) break;
    // Lower-case roles count too ("chief executive Jensen Huang"), but not lower-case honorifics.
    if (
      isTitlePart(w.text) &&
      (isCapitalised(w.text) || (!isHonorific(w.text) && !/^(?:then|first|late|grand)$/.test(w.text) && (firstTitle >= 0 || isTitleWord(w.text))))
    ) {
      first = i;
      if (isTitleWord(w.text)) firstTitle = i;
    } else if (lex.isDemonym(w.text) && firstTitle >= 0) first = i;
    else if (/^(former|late|acting)$/.test(w.text)) first = i;
    else break;
  }
  if (first < 0 || firstTitle < 0) return null;
  let titleEnd = ws[ws.length - 1]!.end;
  if (text[titleEnd] === '.') titleEnd++;
  const startWord = ws[first]!;
  let titledStart = ws[firstTitle]!.start;
  for (let i = first; i < firstTitle; i++)
    if (isTitlePart(ws[i]!.text)) {
      titledStart = ws[i]!.start;
      break;
    }
  const parts = ws.slice(first);
  return {
    title: text.slice(startWord.start, titleEnd),
    titledStart,
    honorificOnly: parts.every((w) => isHonorific(w.text) || !isTitlePart(w.text)),
  };
}

const APPOS_START = /^(?:a|an|the|former|then|one|its|his|her|their)$/i;
const LINK = /^(?:of|at|for|to|with|in|on)$/i;

/**
 * An appositive role right after a name: "<name>, author of Red Flags, ..." or
 * "<name>, Senior Lecturer (...) at the University of X in Sydney, said". Returns the role
 * without a trailing "in <Place>" location, or null. Reads at most 220 characters.
 */
export function appositiveAfter(text: string, end: number): string | null {
  const m = /^,[ \t]+/.exec(text.slice(end, end + 4));
  if (!m) return null;
  const from = end + m[0].length;
  const win = text.slice(from, from + 220);
  let depth = 0;
  let stop = -1;
  for (let i = 0; i < win.length; i++) {
    const c = win[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';' || c === '\n' || c === '“' || c === '"' || c === '–' || c === '—')) {
      stop = i;
      break;
    } else if (depth === 0 && c === '.' && /\s/.test(win[i + 1] ?? ' ') && !/(?:^|\s)(?:Mr|Dr|St|Jr|Mrs|Ms|Prof)$/.test(win.slice(Math.max(0, i - 5), i))) {
      stop = i;
      break;
    }
  }
  if (stop < 0) return null;
  let role = win.slice(0, stop).trim();
  const ws = words(role);
  if (ws.length < 2 || ws.length > 30 || /^\d/.test(role)) return null;
  const w0 = ws[0]!.text;
  const w1 = ws[1]!.text;
  const ok = APPOS_START.test(w0) || isTitleWord(w0) || (isTitlePart(w0) && isTitleWord(w1)) || (LOWER_START.test(w0) && LINK.test(w1));
  if (!ok) return null;
  // A role ends with what the person is; where the institution is located is not part of it.
  if (/\sin\s/.test(role)) role = IN_PLACE.replace(role, ''); // pre-check: the pattern needs \s+in\s+
  return role.length > 0 ? role : null;
}
