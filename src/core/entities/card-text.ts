// What the context card shows of the article's text, kept DOM-free so it is unit-tested in Node:
// other names, titles, quotes and the first sentence around its mention. The card renders every
// string here as text (never HTML), so nothing needs escaping. Its own words are in
// src/ui/card/wording.ts (from the message catalogue).
import type { Entity } from '../types.ts';

/** Case, dots and spacing do not make a different name: "Mr Putin" = "Mr. Putin", "LONDON" = "London". */
function normalise(form: string): string {
  return form.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/**
 * The other names the article uses, in first-seen order: aliases, then titled forms.
 * Forms that only put a title before the full name ("President Xi Jinping") add nothing and are left out.
 */
export function otherForms(entity: Pick<Entity, 'name' | 'aliases' | 'titledForms'>): string[] {
  const name = normalise(entity.name);
  const seen = new Set<string>([name]);
  const out: string[] = [];
  for (const form of [...entity.aliases, ...entity.titledForms]) {
    const n = normalise(form);
    if (!n || seen.has(n) || n.endsWith(` ${name}`)) continue;
    seen.add(n);
    out.push(form.trim());
  }
  return out;
}

/** "a professor at …" reads as a line of its own once capitalised. */
export function displayTitle(title: string | null): string | null {
  const t = title?.trim();
  if (!t) return null;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** Quotes are shown between typographic quotation marks, whatever the article used. */
export function quoteText(text: string): string {
  const t = text.trim();
  // Scans, not /["“”]+$/: that pattern rescans a run of quotes from each of its characters.
  const isMark = (c: string | undefined) => c === '"' || c === '“' || c === '”';
  let start = 0;
  let end = t.length;
  while (start < end && isMark(t[start])) start++;
  while (end > start && isMark(t[end - 1])) end--;
  return `“${t.slice(start, end)}”`;
}

/** A sentence split around the part to emphasise. */
export interface MarkedText {
  before: string;
  mark: string;
  after: string;
}

const WORD = /[\p{L}\p{N}]/u;

function findWord(text: string, needle: string, caseless: boolean): number {
  const hay = caseless ? text.toLowerCase() : text;
  const pin = caseless ? needle.toLowerCase() : needle;
  for (let i = hay.indexOf(pin); i >= 0; i = hay.indexOf(pin, i + 1)) {
    const end = i + pin.length;
    if (!WORD.test(text[i - 1] ?? '') && !WORD.test(text[end] ?? '')) return i;
  }
  return -1;
}

/**
 * Splits `sentence` around the earliest whole-word occurrence of one of `needles`
 * (longer needles win at the same position; exact case before any case). Null when none occurs.
 */
export function markParts(sentence: string, needles: readonly string[]): MarkedText | null {
  const sorted = [...new Set(needles.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  for (const caseless of [false, true]) {
    let best = -1;
    let bestLen = 0;
    for (const n of sorted) {
      const at = findWord(sentence, n, caseless);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        bestLen = n.length;
      }
    }
    if (best >= 0) {
      return { before: sentence.slice(0, best), mark: sentence.slice(best, best + bestLen), after: sentence.slice(best + bestLen) };
    }
  }
  return null;
}

/** Cuts at a word boundary, keeping the end (`fromEnd`) or the start of `text`, adding an ellipsis. */
function cut(text: string, keep: number, fromEnd: boolean): string {
  if (text.length <= keep) return text;
  if (keep <= 0) return '…';
  if (fromEnd) {
    const s = text.slice(text.length - keep);
    const sp = s.indexOf(' ');
    return '…' + (sp >= 0 && sp < keep / 2 ? s.slice(sp) : s);
  }
  const s = text.slice(0, keep);
  const sp = s.lastIndexOf(' ');
  return (sp > keep / 2 ? s.slice(0, sp) : s) + '…';
}

/** Shortens a marked sentence to about `max` characters around the mark, like Page Previews' extract limit. */
export function clipMarked(parts: MarkedText, max: number): MarkedText {
  const room = Math.max(0, max - parts.mark.length);
  if (parts.before.length + parts.after.length <= room) return parts;
  let keepBefore = Math.min(parts.before.length, Math.floor(room / 3));
  const keepAfter = Math.min(parts.after.length, room - keepBefore);
  keepBefore = Math.min(parts.before.length, room - keepAfter);
  return { before: cut(parts.before, keepBefore, true), mark: parts.mark, after: cut(parts.after, keepAfter, false) };
}
