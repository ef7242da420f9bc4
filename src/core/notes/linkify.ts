/**
 * Note text as runs of plain text and web addresses, so a card can show the addresses as links
 * and everything else as text. Nothing else in a note is interpreted (no markup, no Markdown).
 * Only http(s) addresses become links: a `javascript:` or `data:` address stays text.
 *
 * One regular-expression scan (each match ends at the first character outside an address) and
 * one pass over each match: linear in the text.
 */

export type NoteRun = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** An http(s) address up to the next space or a character that never appears unescaped in one. */
const URL_RE = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/gi;
/** Punctuation that ends a sentence more often than an address. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '*', '_', '~', ']', ')']);

/** The address without the sentence punctuation after it; a ")" stays when it closes a "(" inside. */
function trimEnd(raw: string): string {
  let end = raw.length;
  while (end > 0 && TRAILING.has(raw[end - 1]!)) end--;
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < end; i++) {
    if (raw[i] === '(') opens++;
    else if (raw[i] === ')') closes++;
  }
  // Closing brackets that balance an opening one in the address (Wikipedia-style links) belong to it.
  while (end < raw.length && raw[end] === ')' && closes < opens) {
    closes++;
    end++;
  }
  return raw.slice(0, end);
}

/** The address as a link target when it is an http(s) one, else null (never a `javascript:` or `data:` link). */
export function httpHref(text: string): string | null {
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function linkify(text: string): NoteRun[] {
  const runs: NoteRun[] = [];
  let last = 0;
  const push = (s: string) => {
    if (!s) return;
    const prev = runs[runs.length - 1];
    if (prev?.kind === 'text') prev.text += s;
    else runs.push({ kind: 'text', text: s });
  };
  for (const m of text.matchAll(URL_RE)) {
    const url = trimEnd(m[0]);
    const href = url.length > 'https://'.length ? httpHref(url) : null;
    if (!href) continue;
    push(text.slice(last, m.index));
    runs.push({ kind: 'link', text: url, href });
    last = m.index + url.length;
  }
  push(text.slice(last));
  return runs;
}
