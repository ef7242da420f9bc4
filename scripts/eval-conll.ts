// npx tsx scripts/eval-conll.ts [models/ner.bin]
// conlleval-style exact-span P/R/F1 of the shipped model on CoNLL-2003 eng.testa (gold tokenisation),
// plus CrossNER politics dev. Neither set is in the shipped model's training data.
import { loadTaggerFromFile, DEFAULT_MODEL_PATH } from './lib/load-model.ts';
import { readConll, readCrossner } from './train/data.ts';
import { evaluate, formatScores } from './train/evaluate.ts';

const path = process.argv[2] ?? DEFAULT_MODEL_PATH;
const tagger = loadTaggerFromFile(path);
console.log(`model: ${path}`);
console.log(formatScores('CoNLL-2003 eng.testa', evaluate(tagger, readConll('eng.testa'))));
console.log(formatScores('CrossNER politics dev (types mapped to CoNLL)', evaluate(tagger, readCrossner('dev.txt'))));
