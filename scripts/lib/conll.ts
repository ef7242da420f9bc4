// CoNLL-2003 reader (IOB1, CRLF tolerant) and exact chunk scoring helpers.
import { readFileSync } from 'node:fs';

interface ConllSentence {
  tokens: string[];
  /** gold chunks: [startToken, endTokenExclusive, type] */
  chunks: Array<[number, number, string]>;
}
export interface ConllDoc {
  sentences: ConllSentence[];
}

export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let toks: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (toks.length) doc.sentences.push({ tokens: toks, chunks: chunks(tags) });
    toks = [];
    tags = [];
  };
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
    } else if (line.trim() === '') flush();
    else {
      const cols = line.split(' ');
      toks.push(cols[0]!);
      tags.push(cols[cols.length - 1]!);
    }
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** IOB1 (or IOB2) tags -> chunks. */
function chunks(tags: readonly string[]): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let start = -1;
  let type = '';
  tags.forEach((t, i) => {
    const [p, ty = ''] = t === 'O' ? ['O'] : t.split('-');
    const begins = p === 'B' || (p === 'I' && ty !== type);
    if (start >= 0 && (p === 'O' || begins)) {
      out.push([start, i, type]);
      start = -1;
      type = '';
    }
    if (p !== 'O' && (begins || start < 0)) {
      start = i;
      type = ty;
    }
  });
  if (start >= 0) out.push([start, tags.length, type]);
  return out;
}

/** Sentence text = tokens joined by single spaces; returns the text and token offsets. */
export function joinTokens(tokens: readonly string[]): { text: string; starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text) text += ' ';
    starts.push(text.length);
    text += t;
    ends.push(text.length);
  }
  return { text, starts, ends };
}
