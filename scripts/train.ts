// npm run train [-- --eval] [--epochs N] [--bits B] [--seed S] [--with-dev] [--out models/ner.bin]
// Trains the averaged-perceptron tagger on CoNLL-2003 eng.train + wikigold + CrossNER politics train,
// writes the int8 model, and with --eval prints eng.testa / CrossNER dev scores of the written model.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadTagger } from '../src/core/ner/index.ts';
import { readConll, readCrossner, readWikigold } from './train/data.ts';
import { buildCapsTable, buildGazetteerTable } from './train/lexicons.ts';
import { toInstance, train } from './train/perceptron.ts';
import { quantize } from './train/quantize.ts';
import { evaluate, formatScores } from './train/evaluate.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf('--' + name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const flag = (name: string) => args.includes('--' + name);

export const DEFAULTS = { epochs: 12, bits: 18, seed: 20030 };
const epochs = Number(opt('epochs', String(DEFAULTS.epochs)));
const bits = Number(opt('bits', String(DEFAULTS.bits)));
const seed = Number(opt('seed', String(DEFAULTS.seed)));
const out = opt('out', 'models/ner.bin');
const doEval = flag('eval'), perEpoch = flag('eval-epochs'), withDev = flag('with-dev');

const t0 = Date.now();
const conllTrain = readConll('eng.train'), wiki = readWikigold(), crossTrain = readCrossner('train.txt');
const testa = readConll('eng.testa'), crossDev = readCrossner('dev.txt');
const trainSents = [...conllTrain, ...wiki, ...crossTrain, ...(withDev ? [...testa, ...crossDev] : [])];
console.log(`train sentences: conll ${conllTrain.length}, wikigold ${wiki.length}, crossner ${crossTrain.length}` +
  (withDev ? `, + dev ${testa.length + crossDev.length}` : '') + ` (${trainSents.reduce((a, s) => a + s.words.length, 0)} tokens)`);

const { table: gaz, counts } = buildGazetteerTable();
const caps = buildCapsTable(trainSents);
console.log('gazetteer entries:', JSON.stringify(counts), `caps-prior words: ${caps.keys.filter((k) => k !== 0).length}`);

const report = (name: string, bytes: Uint8Array) => {
  const tagger = loadTagger(bytes);
  console.log(formatScores(`${name} eng.testa`, evaluate(tagger, testa)));
  console.log(formatScores(`${name} crossner-politics dev`, evaluate(tagger, crossDev)));
};

const trained = train(trainSents.map(toInstance), { gaz, caps }, {
  hashBits: bits, epochs, seed,
  onEpoch: (ep, errors, snap) => {
    console.log(`epoch ${ep}: ${errors} sentences wrong (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    if (perEpoch && doEval) report(`epoch ${ep}`, quantize(snap(), bits, gaz, caps));
  },
});
const bytes = quantize(trained, bits, gaz, caps);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
const trainSecs = (Date.now() - t0) / 1000;
console.log(`wrote ${out}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped; training took ${trainSecs.toFixed(1)} s`);
if (doEval) report('final', bytes);
