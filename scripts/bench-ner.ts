// NER benchmark: our engine beside compromise 14 on the seed article (gold spans),
// the CoNLL-2003 dev set, throughput, cold start and bundle sizes.
//   npm run bench:ner [-- --check] [-- --quick] [-- --no-train]
//   --adversarial-only: only the adversarial-input section.
//   --no-adversarial: skip the adversarial-input section (linearity: time at n and 2n per family).
//   --check: exit 1 when a target is missed. The honest CoNLL number needs the model trained without
//   dev data (.tmp/ner-nodev.bin): when it is missing it is trained first (`npm run train -- --eval`,
//   about a minute) unless --no-train, in which case the shipped model's optimistic score is shown
//   and the CoNLL target is not claimed.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { nodeTagger, MODEL_PATH } from './lib/engine.ts';
import { createAnalyzer } from '../src/core/analyze.ts';
import { loadSeed, SHARED } from './lib/gold.ts';
import { score, type PRF, type Span } from './lib/score.ts';
import { compromiseMentions } from './lib/compromise-ner.ts';
import { cleanCandidate } from '../src/core/entities/clean.ts';
import { countryLexicon } from '../src/core/entities/lexicon.ts';
import { TYPE_OF_TAG } from '../src/core/entities/candidate.ts';
import { benchConll } from './lib/bench-conll.ts';
import { coldStart, growth, median, sizes, spread, throughput } from './lib/bench-speed.ts';
import { ADVERSARIAL } from '../src/core/testing/adversarial.ts';
import { textPasses } from '../src/core/testing/passes.ts';

const args = new Set(process.argv.slice(2));
if (args.has('--adversarial-only')) {
  adversarial(createAnalyzer(nodeTagger()), args.has('--quick'));
  process.exit(0);
}
const CORE = ['PERSON', 'ORG', 'PLACE'];
const ALL = [...CORE, 'MISC', 'DATE'];
const f = (x: number) => x.toFixed(3);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// Cold start first, while this process is still small and the machine idle: measured after the
// CoNLL and throughput phases, the same children timed 10-20 ms slower (this process then holds
// hundreds of MB, and the throughput children have just kept both cores busy).
const coldRuns = args.has('--quick') ? 5 : 9;
const cold = await coldStart(`${SHARED}/seed/archyde-xi-putin.txt`, coldRuns);
const coldLoad = loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');

const { text, gold } = loadSeed();
const tagger = nodeTagger();
const analyze = createAnalyzer(tagger);

// --- Seed article ---------------------------------------------------------------------------
const ours = analyze(text).mentions;
const compRaw: Span[] = compromiseMentions(text).map((m) => ({ start: m.start, end: m.end, type: TYPE_OF_TAG[m.type] }));
const lex = countryLexicon();
const compStripped: Span[] = compromiseMentions(text).flatMap((m) =>
  cleanCandidate(text, { start: m.start, end: m.end, type: TYPE_OF_TAG[m.type], score: 0.5, source: 'tagger' }, lex),
);

const systems: Array<[string, Span[]]> = [
  ['ours', ours],
  ['compromise', compRaw],
  ['compromise, titles stripped', compStripped],
];
console.log(`\n== Seed article (${text.length} chars, ${gold.filter((g) => CORE.includes(g.type)).length} core gold mentions) ==`);
console.log(`${'system'.padEnd(30)} ${ALL.map((t) => `${t} P/R/F1`.padEnd(20)).join('')}core F1`);
const seedCore: Record<string, PRF> = {};
for (const [name, pred] of systems) {
  const core = score(pred, gold, CORE);
  const per = score(pred, gold, ALL).byType;
  seedCore[name] = core.all;
  console.log(`${name.padEnd(30)} ${ALL.map((t) => `${f(per[t]!.p)}/${f(per[t]!.r)}/${f(per[t]!.f1)}`.padEnd(20)).join('')}${f(core.all.f1)}`);
}
const errs = score(ours, gold, ALL);
console.log('\nour errors on the seed (type, text, offset):');
for (const e of errs.fp) console.log(`  FP ${e.type.padEnd(6)} ${JSON.stringify(text.slice(e.start, e.end))} @${e.start}`);
for (const e of errs.fn) console.log(`  FN ${e.type.padEnd(6)} ${JSON.stringify(text.slice(e.start, e.end))} @${e.start}`);

// --- CoNLL-2003 dev -------------------------------------------------------------------------
console.log('\n== CoNLL-2003 dev (eng.testa), exact PER/LOC/ORG chunks ==');
const conll = benchConll(`${SHARED}/data/ner/conll2003/eng.testa`, tagger, analyze);
// A model whose header says the dev sets were in its training data scores optimistically here;
// then the model trained without them (`npm run train -- --eval`) gives the honest number.
const devFlag = (new Uint32Array(new Uint8Array(readFileSync(MODEL_PATH)).slice(0, 32).buffer)[7]! & 1) === 1;
const NODEV = new URL('../.tmp/ner-nodev.bin', import.meta.url).pathname;
let honestAvailable = !devFlag;
if (devFlag) {
  console.log('note: the shipped model was trained with the dev sets (header flag): its CoNLL dev scores are optimistic.');
  if (!existsSync(NODEV) && !args.has('--no-train')) {
    console.log(`${NODEV} is missing: training it now without dev data (npm run train -- --eval, about a minute) ...`);
    const r = spawnSync('npm', ['run', '--silent', 'train', '--', '--eval'], {
      cwd: new URL('..', import.meta.url).pathname,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (r.status !== 0) console.log('training failed: the CoNLL target is not claimed.');
  }
  if (existsSync(NODEV)) {
    honestAvailable = true;
    const t = nodeTagger(NODEV);
    const r = benchConll(`${SHARED}/data/ner/conll2003/eng.testa`, t, createAnalyzer(t), ['tagger (per sentence)', 'analyze (per document)']);
    conll['tagger w/o dev data (per sentence)'] = r['tagger (per sentence)']!;
    conll['analyze w/o dev data (per doc)'] = r['analyze (per document)']!;
  } else {
    console.log(
      'NOTE: no model trained without dev data: only the shipped model (trained WITH the dev data) is scored; its CoNLL dev score is optimistic and the target is not claimed.',
    );
  }
}

for (const [name, r] of Object.entries(conll)) {
  const per = ['PER', 'LOC', 'ORG'].map((t) => `${t} ${f(r.byType[t]!.p)}/${f(r.byType[t]!.r)}/${f(r.byType[t]!.f1)}`).join('  ');
  console.log(`${name.padEnd(34)} F1 ${f(r.all.f1)}  (P ${f(r.all.p)} R ${f(r.all.r)})  ${per}  ${(r.ms / 1000).toFixed(1)} s`);
}

// --- Speed and size -------------------------------------------------------------------------
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const rounds = args.has('--quick') ? 3 : 7;
console.log(`\n== Throughput (seed paragraphs x100), fresh child process, ${rounds} interleaved rounds, CPU time ==`);
console.log(`load average before: ${load()} (2 cores, shared)`);
const tp = await throughput(`${SHARED}/seed/archyde-xi-putin.txt`, rounds, args.has('--quick') ? 1000 : 2000);
const ratio = median(tp.ratios);
const wallRatio = median(tp.wallRatios);
const n = (x: number) => Math.round(x).toLocaleString('en');
console.log(`${tp.chars} chars; ours = createAnalyzer over the whole text (one call); compromise 14 = people/places/organizations per paragraph`);
console.log(
  `ours        ${n(median(tp.ours))} chars/CPU-s (rounds ${spread(
    tp.ours.map((x) => x / 1000),
    0,
  )}k)`,
);
console.log(
  `tagger only ${n(median(tp.tagger))} chars/CPU-s (rounds ${spread(
    tp.tagger.map((x) => x / 1000),
    0,
  )}k)`,
);
console.log(
  `compromise  ${n(median(tp.compromise))} chars/CPU-s (rounds ${spread(
    tp.compromise.map((x) => x / 1000),
    1,
  )}k)`,
);
console.log(`ratio (per round, CPU time): median ${ratio.toFixed(1)}x, rounds ${tp.ratios.map((r) => r.toFixed(1)).join(' ')}`);
console.log(`ratio (per round, wall clock): median ${wallRatio.toFixed(1)}x, rounds ${tp.wallRatios.map((r) => r.toFixed(1)).join(' ')}`);
console.log(`load average after: ${load()}`);
console.log(
  `\n== Cold start in fresh Node processes (import + model load + first call on the seed), median of ${coldRuns}, interleaved, run before everything else ==`,
);
console.log(
  `ours ${cold.oursMs.toFixed(1)} ms wall (${spread(cold.oursWallAll)}), ${cold.oursCpuMs.toFixed(1)} ms CPU, all threads (${spread(cold.oursCpuAll)}); compromise (import + first call) ${cold.compromiseMs.toFixed(1)} ms wall (${cold.compromiseCpuMs.toFixed(1)} ms CPU)`,
);
console.log(`load average then: ${coldLoad}`);
console.log('\n== Sizes ==');
const sz = await sizes();
console.log(`model ${MODEL_PATH.split('/').pop()}: ${kb(sz.modelRaw)} raw, ${kb(sz.modelGzip)} gzip`);
console.log(`engine bundle without model (esbuild, minified, browser): ${kb(sz.engineRaw)} raw, ${kb(sz.engineGzip)} gzip`);
console.log(`compromise bundle (same settings): ${kb(sz.compromiseRaw)} raw, ${kb(sz.compromiseGzip)} gzip`);

// --- Adversarial inputs (see adversarial() at the end) -----------------------------------------
const worst = args.has('--no-adversarial') ? { engine: 0, passes: 0 } : adversarial(analyze, args.has('--quick'));

// --- Summary --------------------------------------------------------------------------------
const honest = conll['tagger w/o dev data (per sentence)'];
const conllOurs = (honest ?? conll['tagger (per sentence)']!).all.f1;
const rows: Array<[string, string, string, string, boolean]> = [
  ['seed core F1 (PERSON/ORG/PLACE)', f(seedCore.ours!.f1), f(seedCore.compromise!.f1), '>= 0.95', seedCore.ours!.f1 >= 0.95],
  [
    `CoNLL dev F1 (tagger${honest ? ' w/o dev data' : ', OPTIMISTIC'})`,
    f(conllOurs),
    f(conll['compromise (per document)']!.all.f1),
    honestAvailable ? '>= 0.88' : '>= 0.88 (not claimed)',
    honestAvailable && conllOurs >= 0.88,
  ],
  [`CoNLL dev F1 (analyze per document)`, f((conll['analyze w/o dev data (per doc)'] ?? conll['analyze (per document)']!).all.f1), '', '(info)', true],
  ['throughput chars/CPU-s (median)', n(median(tp.ours)), n(median(tp.compromise)), `>= 20x (${ratio.toFixed(1)}x)`, ratio >= 20],
  ['throughput, wall clock ratio', `${wallRatio.toFixed(1)}x`, '', '(info)', true],
  [
    'cold start ms (wall / CPU)',
    `${cold.oursMs.toFixed(1)} / ${cold.oursCpuMs.toFixed(1)}`,
    `${cold.compromiseMs.toFixed(0)} / ${cold.compromiseCpuMs.toFixed(0)}`,
    '<= 60 (wall)',
    cold.oursMs <= 60,
  ],
  ['engine bundle gzip (no model)', kb(sz.engineGzip), kb(sz.compromiseGzip), '< 150 KB', sz.engineGzip < 150 * 1024],
  [
    'adversarial inputs, engine 2n/n (worst)',
    args.has('--no-adversarial') ? 'skipped' : worst.engine.toFixed(2),
    '',
    '< 3 (linear ~2)',
    args.has('--no-adversarial') || worst.engine < 3,
  ],
  ['adversarial inputs, passes 2n/n (worst)', args.has('--no-adversarial') ? 'skipped' : worst.passes.toFixed(2), '', '(info)', true],
  ['model file raw / gzip', `${kb(sz.modelRaw)} / ${kb(sz.modelGzip)}`, '', '(info)', true],
];
console.log('\n== Summary ==');
console.log(`${'metric'.padEnd(38)}${'ours'.padEnd(22)}${'compromise'.padEnd(14)}${'target'.padEnd(18)}ok`);
for (const [m, o, c, t, ok] of rows) console.log(`${m.padEnd(38)}${o.padEnd(22)}${c.padEnd(14)}${t.padEnd(18)}${ok ? 'yes' : 'NO'}`);
console.log(`load average ${load()}`);
if (args.has('--check') && rows.some((r) => !r[4])) process.exit(1);

// The families the linearity guard (src/core/linearity.test.ts) runs, at larger sizes: a linear
// pass takes about 2x the time at 2n, a quadratic one 4x. CPU time, minimum of 3 interleaved runs.
// Returns the worst ratios, of the engine and of the text passes. The passes at 1M characters make
// hundreds of thousands of small objects per call: there V8's young generation overflows and
// collections add a step (tokenize on 'The The The': 5.0x from 512k to 1M, 1.7x with
// --max-semi-space-size=128), so their ratio is information, the engine's is the target.
function adversarial(analyze: (text: string) => unknown, quick: boolean): { engine: number; passes: number } {
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  let worstEngine = 0;
  let worstPasses = 0;
  const nEngine = quick ? 32_000 : 128_000;
  const nPass = quick ? 128_000 : 512_000;
  const passes = textPasses();
  const k = (x: number) => `${x / 1000}k`;
  console.log(`\n== Adversarial inputs: CPU ms at n and 2n, ratio (linear ~2, quadratic ~4) ==`);
  console.log(
    `analyze = the whole engine at n = ${k(nEngine)}; passes = the worst of ${passes.length} text passes (${passes.map((p) => p.name).join(', ')}) at n = ${k(nPass)} (2n = ${k(2 * nPass)})`,
  );
  console.log('* = the first ratio was 3 or more: measured again at 2n and 4n (those times shown)');
  console.log(`load average before: ${load()}`);
  console.log(
    `${'family'.padEnd(32)}${'analyze n'.padStart(11)}${'2n'.padStart(10)}${'ratio'.padStart(7)}    ${'worst pass'.padEnd(22)}${'ratio'.padStart(6)}`,
  );
  for (const fam of ADVERSARIAL) {
    // A ratio of 3 or more is measured once more, at 2n and 4n (5 runs; marked *), as the unit
    // guard does: V8 has steps at fixed sizes (a string of over 128 KB goes to the large-object
    // space: the card's toLowerCase copy of 256k dots costs 80x that of 128k, then doubles again),
    // which raise one doubling, while a super-linear pass raises every one.
    const measure = (fn: (t: string) => unknown, n: number) => {
      const g = growth(fn, fam.make, n);
      return g.ratio < 3 ? { ...g, again: false } : { ...growth(fn, fam.make, 2 * n, 5), again: true };
    };
    const g = measure((t) => analyze(t), nEngine);
    let worst = { name: '', ratio: 0, again: false };
    for (const p of passes) {
      const r = measure(p.run, nPass);
      if (r.ratio > worst.ratio) worst = { name: p.name, ratio: r.ratio, again: r.again };
    }
    worstEngine = Math.max(worstEngine, g.ratio);
    worstPasses = Math.max(worstPasses, worst.ratio);
    const mark = (again: boolean) => (again ? '*' : ' ');
    console.log(
      `${fam.name.padEnd(32)}${g.msN.toFixed(1).padStart(11)}${g.ms2N.toFixed(1).padStart(10)}${g.ratio.toFixed(2).padStart(7)}${mark(g.again)}  ${worst.name.padEnd(22)}${worst.ratio.toFixed(2).padStart(6)}${mark(worst.again)}`,
    );
  }
  console.log(`load average after: ${load()}`);
  return { engine: worstEngine, passes: worstPasses };
}
