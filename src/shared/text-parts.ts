/**
 * A long article's text crosses from the page to the background in parts (see
 * src/content/model/background-analyzer.ts). Handing one message of 1 MB to the browser was a
 * 50-80 ms task in the page (the browser serialises it synchronously); a part is about 2 ms.
 */

/** UTF-16 code units per part. */
export const PART_CHARS = 32_768;

/**
 * Splits `text` into consecutive parts of at most `size` code units (at least 2) whose
 * concatenation is `text`. A cut never falls inside a surrogate pair: a lone surrogate does not
 * survive Chromium's messaging (it becomes U+FFFD), so a split emoji would reach the engine as
 * two replacement characters.
 */
export function splitText(text: string, size = PART_CHARS): string[] {
  if (size < 2) throw new RangeError('splitText: size must be at least 2');
  const parts: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + size);
    const next = text.charCodeAt(end);
    if (end < text.length && next >= 0xdc00 && next <= 0xdfff) end--; // the low half of a pair starts the next part with its high half
    parts.push(text.slice(at, end));
    at = end;
  }
  return parts;
}
