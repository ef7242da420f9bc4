// npm run train                 -> trains the SHIPPED model on train + dev sets, writes models/ner.bin
// npm run train -- --eval       -> trains on the training sets only (no dev data), writes .tmp/ner-nodev.bin
//                                  and prints eng.testa / CrossNER dev scores: the reported dev numbers
// Other options: --epochs N  --bits B  --seed S  --out PATH  --eval-epochs  --aug-upper P --aug-lower P
//                --aug-honorific P (default 0.1)  --no-names
// Training data: CoNLL-2003 eng.train + wikigold + CrossNER politics train (+ eng.testa + CrossNER dev
// for the shipped model). Fixed seed: the same command writes byte-identical models.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadTagger } from '../src/core/ner/index.ts';
import { FLAG_TRAINED_ON_DEV } from '../src/core/ner/model-format.ts';
import { readConll, readCrossner, readWikigold, type GoldSentence } from './train/data.ts';
import { buildCapsTable, buildGazetteerTable } from './train/lexicons.ts';
import { rng, toInstance, train } from './train/perceptron.ts';
import { quantize } from './train/quantize.ts';
import { evaluate, formatScores } from './train/evaluate.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf('--' + name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const flag = (name: string) => args.includes('--' + name);

const DEFAULTS = { epochs: 12, bits: 18, seed: 20030 };
const epochs = Number(opt('epochs', String(DEFAULTS.epochs)));
const bits = Number(opt('bits', String(DEFAULTS.bits)));
const seed = Number(opt('seed', String(DEFAULTS.seed)));
const doEval = flag('eval'),
  perEpoch = flag('eval-epochs');
const withDev = !doEval; // dev data only ever enters training when nothing is evaluated on it
const out = opt('out', withDev ? 'models/ner.bin' : '.tmp/ner-nodev.bin');

const t0 = Date.now();
const conllTrain = readConll('eng.train'),
  wiki = readWikigold(),
  crossTrain = readCrossner('train.txt');
const testa = readConll('eng.testa'),
  crossDev = readCrossner('dev.txt');
const baseSents = [...conllTrain, ...wiki, ...crossTrain, ...(withDev ? [...testa, ...crossDev] : [])];
console.log(
  `train sentences: conll ${conllTrain.length}, wikigold ${wiki.length}, crossner ${crossTrain.length}` +
    (withDev ? `, + dev sets ${testa.length + crossDev.length}` : ' (no dev data)') +
    ` = ${baseSents.reduce((a, s) => a + s.words.length, 0)} tokens`,
);

// Optional case augmentation (off by default: it cost ~0.7 F1 on eng.testa): a seeded share of
// sentences is added again upper-cased / lower-cased with unchanged labels.
const augUpper = Number(opt('aug-upper', '0')),
  augLower = Number(opt('aug-lower', '0'));
const augRand = rng(seed ^ 0x5a5a);
const augmented: GoldSentence[] = [];
for (const s of baseSents) {
  const r = augRand();
  if (r < augUpper) augmented.push({ words: s.words.map((w) => w.toUpperCase()), tags: s.tags });
  else if (r < augUpper + augLower) augmented.push({ words: s.words.map((w) => w.toLowerCase()), tags: s.tags });
}
// Honorific augmentation (on by default): Reuters-style CoNLL text almost never writes "Mr." /
// "Mrs." / "Dr." before a name, modern news does constantly. A seeded share of sentences with a
// person is added again with an honorific inserted before the first person name, tagged O.
const HONORIFICS = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Prof.'];
const augHon = Number(opt('aug-honorific', '0.1'));
const honRand = rng(seed ^ 0x4d52);
for (const s of baseSents) {
  const i = s.tags.findIndex((t) => t === 1); // B-PER
  if (i < 0 || honRand() >= augHon) continue;
  const h = HONORIFICS[Math.floor(honRand() * HONORIFICS.length)]!;
  const tags = new Uint8Array(s.tags.length + 1);
  tags.set(s.tags.subarray(0, i), 0);
  tags.set(s.tags.subarray(i), i + 1);
  augmented.push({ words: [...s.words.slice(0, i), h, ...s.words.slice(i)], tags });
}
const trainSents = [...baseSents, ...augmented];
console.log(`augmented sentences: ${augmented.length}`);

const { table: gaz, counts } = buildGazetteerTable(!flag('no-names'));
const caps = buildCapsTable(baseSents);
console.log('gazetteer entries:', JSON.stringify(counts), `caps-prior words: ${caps.keys.filter((k) => k !== 0).length}`);

const report = (name: string, bytes: Uint8Array) => {
  const tagger = loadTagger(bytes);
  console.log(formatScores(`${name} eng.testa`, evaluate(tagger, testa)));
  console.log(formatScores(`${name} crossner-politics dev`, evaluate(tagger, crossDev)));
};

const flags = withDev ? FLAG_TRAINED_ON_DEV : 0;
const trained = train(
  trainSents.map(toInstance),
  { gaz, caps },
  {
    hashBits: bits,
    epochs,
    seed,
    onEpoch: (ep, errors, snap) => {
      console.log(`epoch ${ep}: ${errors} sentences wrong (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      if (perEpoch && doEval) report(`epoch ${ep}`, quantize(snap(), bits, gaz, caps, flags));
    },
  },
);
const bytes = quantize(trained, bits, gaz, caps, flags);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
const trainSecs = (Date.now() - t0) / 1000;
console.log(`wrote ${out}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped; training took ${trainSecs.toFixed(1)} s`);
if (doEval) report('final (trained without dev data)', bytes);
