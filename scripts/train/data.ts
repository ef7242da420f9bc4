// Readers for the training/dev corpora -> sentences of (words, BIO tag indices).
import { readFileSync } from 'node:fs';
import { tagIndex } from '../../src/core/ner/tags.ts';

export interface GoldSentence {
  words: string[];
  tags: Uint8Array; // BIO indices (see src/core/ner/tags.ts)
}

const DATA_DIR = process.env.NER_DATA_DIR ?? new URL('../../../shared/data/ner/', import.meta.url).pathname;

// CrossNER politics fine types -> CoNLL types. The politics domain has no other types.
const CROSSNER: Record<string, string> = {
  politician: 'PER',
  person: 'PER',
  organisation: 'ORG',
  politicalparty: 'ORG',
  country: 'LOC',
  location: 'LOC',
  event: 'MISC',
  election: 'MISC',
  misc: 'MISC',
};

/** IOB1 or IOB2 tags with their CoNLL type -> BIO indices (IOB1: I-X after non-X starts a span). */
function toBio(raw: string[]): Uint8Array {
  const out = new Uint8Array(raw.length);
  let prevType = '';
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    if (r === 'O' || r.length < 3) {
      out[i] = 0;
      prevType = '';
      continue;
    }
    const pre = r[0],
      type = r.slice(2);
    const begin = pre === 'B' || type !== prevType;
    out[i] = tagIndex((begin ? 'B-' : 'I-') + type);
    prevType = type;
  }
  return out;
}

function readColumns(path: string, sep: RegExp, tagCol: (cols: string[]) => string, mapType?: Record<string, string>): GoldSentence[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const out: GoldSentence[] = [];
  let words: string[] = [],
    raw: string[] = [];
  const flush = () => {
    if (words.length > 0) out.push({ words, tags: toBio(raw) });
    words = [];
    raw = [];
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const cols = line.split(sep);
    if (cols[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    let tag = tagCol(cols);
    if (mapType && tag !== 'O') {
      const t = mapType[tag.slice(2)];
      tag = t ? tag.slice(0, 2) + t : 'O';
    }
    words.push(cols[0]!);
    raw.push(tag);
  }
  flush();
  return out;
}

export const readConll = (file: string) => readColumns(DATA_DIR + 'conll2003/' + file, / /, (c) => c[3] ?? 'O');
export const readWikigold = () => readColumns(DATA_DIR + 'wikigold/wikigold.conll.txt', / /, (c) => c[1] ?? 'O');
export const readCrossner = (file: string) => readColumns(DATA_DIR + 'crossner-politics/' + file, /\t/, (c) => c[1] ?? 'O', CROSSNER);
