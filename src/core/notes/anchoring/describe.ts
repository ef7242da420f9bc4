/**
 * Describing a selection of the article text as W3C selectors, as Hypothesis does: the quote with
 * 32 characters of context on each side, and its offsets (UTF-16 code units).
 */
import type { NoteSelectors } from '../model.ts';
import { LIMITS } from '../model.ts';

const CONTEXT_LENGTH = 32;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Selectors for text[start, end), with surrounding whitespace trimmed off the selection.
 * Null when the selection holds nothing but whitespace. Throws on offsets outside the text or a
 * quote over the size limit.
 */
export function describeSelection(text: string, start: number, end: number): NoteSelectors | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new RangeError(`selection ${start}-${end} is outside the text (0-${text.length})`);
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start === end) return null;
  // Never cut a surrogate pair: the selection grows to include the whole character.
  if (isLow(text.charCodeAt(start)) && start > 0 && isHigh(text.charCodeAt(start - 1))) start--;
  if (isHigh(text.charCodeAt(end - 1)) && end < text.length && isLow(text.charCodeAt(end))) end++;
  if (end - start > LIMITS.quote) throw new RangeError(`a quote has at most ${LIMITS.quote} characters`);
  let ps = Math.max(0, start - CONTEXT_LENGTH);
  if (isLow(text.charCodeAt(ps)) && ps > 0) ps++;
  let se = Math.min(text.length, end + CONTEXT_LENGTH);
  if (isHigh(text.charCodeAt(se - 1)) && se > end) se--;
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(ps, start), suffix: text.slice(end, se) },
    { type: 'TextPositionSelector', start, end },
  ];
}
