// npx tsx scripts/eval-conll.ts [models/ner.bin]
// conlleval-style exact-span P/R/F1 of the shipped model on CoNLL-2003 eng.testa (gold tokenisation),
// plus CrossNER politics dev. Warns when the model file says the dev sets were in its training data.
import { loadTagger } from '../src/core/ner/index.ts';
import { readModel, FLAG_TRAINED_ON_DEV } from '../src/core/ner/model-format.ts';
import { readModelBytes, DEFAULT_MODEL_PATH } from './lib/load-model.ts';
import { readConll, readCrossner } from './train/data.ts';
import { evaluate, formatScores } from './train/evaluate.ts';

const path = process.argv[2] ?? DEFAULT_MODEL_PATH;
const bytes = readModelBytes(path);
const tagger = loadTagger(bytes);
console.log(`model: ${path}`);
if (readModel(bytes).flags & FLAG_TRAINED_ON_DEV) {
  console.log(
    'NOTE: this model was trained on train + dev sets, so these dev scores are optimistic.\n' +
      '      The honest dev score comes from `npm run train -- --eval` (model without dev data,\n' +
      '      written to .tmp/ner-nodev.bin; re-evaluate it with `npx tsx scripts/eval-conll.ts .tmp/ner-nodev.bin`).',
  );
}
console.log(formatScores('CoNLL-2003 eng.testa', evaluate(tagger, readConll('eng.testa'))));
console.log(formatScores('CrossNER politics dev (types mapped to CoNLL)', evaluate(tagger, readCrossner('dev.txt'))));
