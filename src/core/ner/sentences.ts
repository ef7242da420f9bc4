// Sentence splitter over tokens: breaks after . ! ? (plus trailing closing quotes/brackets),
// at every newline, and forcibly every MAX_SENT tokens so decoding cost stays bounded.
import { tokenize, type Token } from './tokenize.ts';

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

export const MAX_SENT = 120;

function isTerminal(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c === 46) return t.length === 1 || t === '...'; // "." "..."
  return c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f; // ! ? … 。！？
}

function isCloser(c: number): boolean {
  // ) ] } " ' ” ’ » 」
  return c === 41 || c === 93 || c === 125 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0x00bb || c === 0x300d;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

export function splitSentences(text: string, tokens?: Token[]): Sentence[] {
  const toks = tokens ?? tokenize(text);
  const out: Sentence[] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    out.push({ start: cur[0]!.start, end: cur[cur.length - 1]!.end, tokens: cur });
    cur = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (cur.length > 0 && hasNewline(text, cur[cur.length - 1]!.end, t.start)) flush();
    cur.push(t);
    if (isTerminal(t.text)) {
      // absorb closing quotes/brackets glued to the terminator: he said.”
      while (i + 1 < toks.length) {
        const n = toks[i + 1]!;
        if (n.start !== toks[i]!.end || n.end - n.start !== 1 || !isCloser(text.charCodeAt(n.start))) break;
        cur.push(n);
        i++;
      }
      flush();
    } else if (cur.length >= MAX_SENT) {
      flush();
    }
  }
  flush();
  return out;
}
