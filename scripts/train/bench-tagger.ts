// Tagger throughput / load time: npx tsx scripts/train/bench-tagger.ts [models/ner.bin] [text-file]
// (Cold start of the bundled engine is measured by `npm run bench:ner`, scripts/lib/bench-speed.ts.)
import { readFileSync } from 'node:fs';
import { loadTagger, tokenize, splitSentences } from '../../src/core/ner/index.ts';

const modelPath = process.argv[2] ?? 'models/ner.bin';
const textPath = process.argv[3] ?? new URL('../../../shared/seed/archyde-xi-putin.txt', import.meta.url).pathname;
const bytes = new Uint8Array(readFileSync(modelPath));
let t = performance.now();
const tagger = loadTagger(bytes);
console.log(`loadTagger: ${(performance.now() - t).toFixed(2)} ms (${bytes.length} bytes)`);
const seed = readFileSync(textPath, 'utf8');
const big = Array(100).fill(seed).join('\n');
for (let r = 0; r < 5; r++) {
  t = performance.now();
  const m = tagger.tag(big);
  const ms = performance.now() - t;
  console.log(`tag: ${big.length} chars in ${ms.toFixed(1)} ms = ${(((big.length / ms) * 1000) / 1e6).toFixed(2)} M chars/s (${m.length} mentions)`);
}
t = performance.now();
const toks = tokenize(big);
const t2 = performance.now();
splitSentences(big, toks);
console.log(`tokenize ${(t2 - t).toFixed(1)} ms, split ${(performance.now() - t2).toFixed(1)} ms`);
